import { countWords } from '../shared/words.ts';

/** "By Jane Doe and John Roe" · "Written by Ana Pérez, Reuters" · "- Author, Angel Bermudez" */
const BYLINE = /^[-–—•]?\s*(?:by|written by|words by|reporting by|reported by|por|par|von|di|door)\s+(.+)$/i;
const AUTHOR_LABEL = /^[-–—•]?\s*(?:authors?|autora?|auteur|autor(?:es)?|writer|reporter)\s*[,:]\s*(.+)$/i;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|das|do|dos|del|de la|la|van|von|der|den|bin|al|el|di|du|le|y|ibn)`;
const PERSON_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE}))*$`, 'u');
const NAME_SEPARATOR = /\s*(?:,|;|\band\b|&|\by\b|\be\b|\bet\b|\bund\b)\s*/i;

/** The names a byline line gives, comma-joined, or null when the line is no byline. */
export function readByline(line: string): string | null {
  const text = line.trim();
  if (countWords(text) > 14) return null;
  const match = BYLINE.exec(text) ?? AUTHOR_LABEL.exec(text);
  if (!match) return null;
  // "Jane Doe in Moscow" · "Jane Doe | Reuters" · "Jane Doe, Senior Correspondent"
  const namesPart = match[1]!.replace(/\s+(?:in|en|à|from|desde)\s+\p{Lu}.*$/u, '').replace(/\s*[|·•—–].*$/, '');
  const names: string[] = [];
  for (const piece of namesPart.split(NAME_SEPARATOR)) {
    const name = piece.trim().replace(/[.,;:]+$/, '');
    if (!name) continue;
    if (!isPersonName(name)) break; // a role or an outlet after the names ends the list
    names.push(name);
  }
  return names.length ? names.join(', ') : null;
}

export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && PERSON_NAME.test(text) && !/\d/.test(text);
}

/** "- Author title, BBC News World": what follows is a role or the outlet's name. */
export function readAuthorTitle(line: string): string | null {
  const match = /^[-–—•]?\s*(?:author title|author role|role|cargo)\s*[,:]\s*(.+)$/i.exec(line.trim());
  return match ? match[1]!.trim() : null;
}
