import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../shared/calendar/index.ts';
import type { Token } from '../read-tokens.ts';

/** "June", "Thursday", "DECEMBER", lower-cased: a month or weekday written in full is never a name's part. */
const FULL_NAMES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** "Dec", "Sept", "Nov": month abbreviations, lower-cased ("May" is a full name already). */
const MONTH_SHORT_FORMS = new Set([...MONTH_ABBREVIATIONS.map((abbreviation) => abbreviation.toLowerCase()), 'sept']);
/** "Wed.", "Thurs.": weekday abbreviations, lower-cased; only with their period ("Sun" is also a newspaper). */
const WEEKDAY_SHORT_FORMS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Whether a whole name is only a month or weekday, however written: "Dec.", "Nov", "Sept.", "JUNE", "Wed.". */
export function isCalendarName(name: string): boolean {
  const word = name.toLowerCase();
  if (FULL_NAMES.has(word)) return true;
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_SHORT_FORMS.has(bare) || (word.endsWith('.') && WEEKDAY_SHORT_FORMS.has(bare));
}

/**
 * Whether the token at `index` is a month or weekday, never part of a name: "in June Putin…", "on Dec. 5",
 * "Nov 3", "5 Sept", "Wed." — but "Jan" before a capitalised word is a first name ("Jan Egeland").
 */
export function isCalendarToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const word = token.text.toLowerCase();
  if (FULL_NAMES.has(word)) return /^\p{Lu}/u.test(token.text);
  if (!/^\p{Lu}/u.test(token.text) || !isCalendarName(token.text)) return false;
  if (token.text.endsWith('.') || tokens[index + 1]?.text === '.') return true;
  // "Nov 3", "5 Dec 2025": an abbreviation next to a number is a date
  const isNumber = (neighbour: Token | undefined) => !!neighbour && neighbour.sentence === token.sentence && /^\d/.test(neighbour.text);
  if (isNumber(tokens[index + 1]) || isNumber(tokens[index - 1])) return true;
  // "Jan Egeland": an abbreviation before a capitalised word may be a first name
  const next = tokens[index + 1];
  return !(next && next.sentence === token.sentence && /^\p{Lu}/u.test(next.text));
}
