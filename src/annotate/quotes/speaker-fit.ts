import type { TextSpan } from '../../model/index.ts';
import { loadReportingLexicon } from './reporting-lexicon.ts';
import type { PersonMention, SpeakerPhrase } from './types.ts';

/** A speaker the resolver has met, in document order: where, as written, whose key, what kind and gender. */
export interface Spoken {
  at: number;
  span: TextSpan;
  key: string | null;
  /** Names a person ("Caddell") or a body ("the Kremlin"); null for "officials". */
  named: 'person' | 'body' | null;
  gender: 'male' | 'female' | null;
}

/** How many sentences back a pronoun or role noun looks for its person. */
export const SENTENCES_BACK = 5;

/** Which named speaker a pronoun can stand for: "he"/"she" a person ("Caddell", not "the Kremlin"), "it" a body. */
export function fitsPronoun(pronoun: string, named: 'person' | 'body' | null): boolean {
  if (named === null) return false;
  if (pronoun === 'he' || pronoun === 'she') return named === 'person';
  if (pronoun === 'it') return named === 'body';
  return true;
}

/** Which mention a pronoun or role noun can stand for: "he", "she" and "the minister" a person, "it" a body, "they" either. */
export function fitsMention(word: string, standsFor: SpeakerPhrase['standsFor'], mention: PersonMention): boolean {
  if (standsFor === 'role' || word === 'he' || word === 'she') return mention.type === 'person';
  if (word === 'it') return mention.type !== 'person';
  return true;
}

/**
 * "officials", "Officials": one plural role noun with nothing that says whose. It names no one, and the
 * officials of one article are not those of another; the attribution keeps the word as written.
 */
export function isBareGroup(name: TextSpan): boolean {
  if (!/^\p{L}+s$/u.test(name.text)) return false;
  const singular = name.text.toLowerCase().slice(0, -1);
  return loadReportingLexicon().roles.has(singular);
}

/**
 * Where a name's head ends: before a phrase that tells where the person works ("Dan McLaughlin at the
 * National Review" → after "McLaughlin"), a party and state in brackets ("Sen. Claire McCaskill (D-Mo.)")
 * and a lower-case part after a hyphen, which a mention may leave out ("Ban Ki-moon" → after "Ki").
 */
export const headEnd = (span: TextSpan) =>
  span.start +
  span.text
    .replace(/(?<=\p{Lu}[\p{L}.'’-]*)\s+(?:at|of|from|with|for)\s.*$/su, '')
    .replace(/\s*\([^)]*\)[\s,]*$/u, '')
    .replace(/[\s,]+$/u, '')
    .replace(/-\p{Ll}+$/u, '').length;

export const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const fitsGender = (wanted: 'male' | 'female' | null, found: 'male' | 'female' | null | undefined) => wanted === null || found == null || wanted === found;
