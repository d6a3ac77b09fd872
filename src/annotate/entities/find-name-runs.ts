import type { Token } from '../read-tokens.ts';
import { isCalendarToken } from './calendar-words.ts';

/** A run of capitalised tokens that may be a name: "Russian President Vladimir Putin", "Universidad Andrés Bello". */
export interface NameRun {
  /** Token indexes, half-open. */
  first: number;
  last: number;
}

/** "Nicolás Maduro", "U.S.", "Tu-160", "Al" — a word that starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true; // A–Z, the common case, without a Unicode pattern
  if (first < 128) return false;
  const char = token.text[0]!;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Particles inside personal names: "Gabriel García de la Cruz", "Mohammed bin Salman", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(['de', 'del', 'de la', 'la', 'le', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'y']);
/** Words that open an organisation's name and may take "of", "for" or "and": "Bank of England", "Center for China Studies". */
export const ORGANIZATION_HEADS = new Set([
  'University', 'Universidad', 'Université', 'Universität', 'College', 'School', 'Institute', 'Center', 'Centre', 'Bank', 'Ministry',
  'Department', 'Office', 'Council', 'Committee', 'Commission', 'Organization', 'Organisation', 'Agency', 'Bureau', 'Board', 'Court',
  'League', 'Union', 'Federation', 'Association', 'Foundation', 'Fund', 'Party', 'Academy', 'Museum', 'Chamber', 'Church', 'Order',
  'Federal', 'National', 'Central', 'Supreme', 'Royal', 'State', 'House', 'Senate', 'Parliament', 'Assembly', 'Congress', 'Corps', 'Army',
]);
const ORGANIZATION_JOINERS = new Set(['of', 'for', 'and', '&', 'on', 'de', 'del', 'des', 'du', 'für']);
/** Parts of speech that never open a name, even capitalised at a sentence's start: "The", "However", "In", "Asked". */
const NEVER_OPENS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'NUM', 'INTJ', 'VERB', 'PUNCT', 'SYM']);
/** Inside a run only function words end it: wink may tag a name's last word as a verb ("Gerald Ford/VERB"). */
const ENDS_RUN = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'PUNCT', 'SYM']);

/** Finds runs of capitalised words inside one sentence, joined by name particles, hyphens and, after an organisation head, "of"/"for"/"and". */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    // "in June Putin is not forcing", "on Dec. 5": a month or weekday is never part of a name ("May" too: "Theresa May" is in the gazetteer)
    if (!(isCapitalised(token) || opensWithArticle(tokens, index)) || !canOpen(tokens, index) || isCalendarToken(tokens, index)) {
      index++;
      continue;
    }
    let last = index + 1;
    while (last < tokens.length && tokens[last]!.sentence === token.sentence) {
      const next = tokens[last]!;
      // "the United States They confiscated": a capitalised pronoun, article or verb ends the name
      if (isCapitalised(next) && !ENDS_RUN.has(next.pos) && !isCalendarToken(tokens, last)) {
        last++;
        continue;
      }
      const after = tokens[last + 1];
      // "Dragan Kov�c": a character lost in decoding (U+FFFD, which clean keeps) does not cut the name in two
      if (next.text === '\uFFFD' && tokens[last - 1]!.end === next.start) {
        last += after && after.sentence === token.sentence && next.end === after.start && /^\p{L}/u.test(after.text) ? 2 : 1;
        continue;
      }
      const joined = after && after.sentence === token.sentence && isCapitalised(after) && adjacent(tokens[last - 1]!, next, after);
      if (joined && next.text === '-' ) {
        last += 2; // "Al-Assad" · "Russia-Venezuela" (split later when both halves are known)
        continue;
      }
      // "Kurdistan Workers' Party", "Serbian Workers' Union", "Veterans' Affairs": a plural's apostrophe inside a name
      // (not "the D.C. Court of Appeals’ Board on Professional Responsibility", a body of a body, each a name)
      const ofJoined = tokens.slice(index, last).some((member) => ORGANIZATION_JOINERS.has(member.text)) || ORGANIZATION_JOINERS.has(tokens[index - 1]?.text ?? '');
      if (joined && !ofJoined && (next.text === "'" || next.text === '’') && /s$/.test(tokens[last - 1]!.text) && tokens[last - 1]!.end === next.start && next.end < after.start) {
        last += 2;
        continue;
      }
      if (joined && NAME_PARTICLES.has(next.text)) {
        last += 2;
        continue;
      }
      if (joined && ORGANIZATION_JOINERS.has(next.text) && ORGANIZATION_HEADS.has(tokens[index]!.text)) {
        last += 2;
        continue;
      }
      break;
    }
    runs.push({ first: index, last });
    index = last;
  }
  return runs;
}

/** A capitalised word opens a name unless it is a function word, or a common word capitalised only because it opens the sentence. */
function canOpen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text.length < 2 && token.text !== 'I') return false; // "Q:" in a transcript
  // "I", "I'm", "I'll": the pronoun, with a contraction wink left whole
  if (token.text === 'I' || /^I['’](?:m|ve|ll|d)$/.test(token.text)) return false;
  const opensSentence = index === 0 || tokens[index - 1]!.sentence !== token.sentence || /^["“‘(]$/.test(tokens[index - 1]!.text);
  // "the Associated Press", "the United Nations": a capitalised participle inside a sentence, before a name, opens it
  const participleOfName = token.pos === 'VERB' && !opensSentence && /^\p{Lu}\p{Ll}+ed$/u.test(token.text) && isCapitalised(tokens[index + 1] ?? token) && tokens[index + 1] !== undefined && tokens[index + 1]!.sentence === token.sentence && tokens[index + 1]!.pos === 'PROPN';
  if (NEVER_OPENS.has(token.pos) && !participleOfName && !(token.text === 'Al' && tokens[index + 1]?.text === '-')) return false;
  // "Regional analysts said" — an adjective or noun that opens a sentence is a name only when tagged so
  if (opensSentence && token.pos !== 'PROPN' && !isCapitalised(tokens[index + 1] ?? token)) return false;
  return true;
}

/** "al-Qaeda", "al-Shabaab", "el-Sisi": an Arabic article in lower case, joined by a hyphen to a capitalised word, opens a name. */
function opensWithArticle(tokens: readonly Token[], index: number): boolean {
  const [token, hyphen, after] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  return (token.text === 'al' || token.text === 'el') && hyphen?.text === '-' && after !== undefined && isCapitalised(after) && adjacent(token, hyphen, after) && after.sentence === token.sentence;
}

/** Tokens written with no space between them: "Al-Assad", not "Maduro - the president". */
function adjacent(before: Token, joiner: Token, after: Token): boolean {
  if (joiner.text === '-') return before.end === joiner.start && joiner.end === after.start;
  return true;
}
