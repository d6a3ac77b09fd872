import { MONTH_NAMES_BY_LANGUAGE, MONTH_NUMBERS, WEEKDAY_NAMES_BY_LANGUAGE, WEEKDAY_NUMBERS } from '../shared/calendar/index.ts';

/**
 * Whether a line is nothing but a date or time, as bylines and timestamps leave them behind:
 * "September 15, 2014", "23 Nov 2017", "Nov. 20, 2019 6:02 AM EST", "November 18, 2019 | 4:10pm",
 * "15:23 2019", "segunda-feira, 22 de janeiro de 2018 às 0:13". Every word must be a month, a weekday,
 * a clock word or a joining word, and a year must be there, or a clock time with a month or weekday:
 * "He was born in 1990." and opening hours ("9.30 A.M. / 7.00 P.M.") are text.
 */

const MAX_LENGTH = 60;
/** Every language's month and weekday names, English abbreviations ("Sept", "Thurs") and the words of "segunda-feira". */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.values(MONTH_NAMES_BY_LANGUAGE).flat(),
    ...Object.keys(MONTH_NUMBERS),
    ...Object.values(WEEKDAY_NAMES_BY_LANGUAGE).flat(),
    ...Object.keys(WEEKDAY_NUMBERS),
  ].flatMap((name) => name.split('-')),
);
const CLOCK_WORDS = 'am pm a m p h hrs gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst wib th st nd rd';
const JOINING_WORDS = 'at on de del às um le à a o the of updated published posted г ч la ora';
const DATE_WORDS: ReadonlySet<string> = new Set([...CALENDAR_WORDS, ...`${CLOCK_WORDS} ${JOINING_WORDS}`.split(' ')]);

const YEAR = /\b(?:1[89]|20)\d\d\b/;
const CLOCK_TIME = /\b\d{1,2}[:.h]\d\d\b/;

export function isDateLine(line: string): boolean {
  if (line.length > MAX_LENGTH) return false;
  const words = line.toLowerCase().replace(/ţ/g, 'ț').replace(/ş/g, 'ș').match(/\p{L}+/gu) ?? []; // "marţi" as "marți"
  if (!words.every((word) => DATE_WORDS.has(word))) return false;
  return YEAR.test(line) || (CLOCK_TIME.test(line) && words.some((word) => CALENDAR_WORDS.has(word)));
}
