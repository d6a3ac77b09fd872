/**
 * English names of months and weekdays, as lookup tables and regular-expression sources. The patterns
 * match the names with their capital, so that "may" and "march" as words stay words.
 */

/** "january" … "december": month 1 is at index 0. */
export const MONTH_NAMES = Object.freeze([
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

/** "Jan" … "Dec", as a date is shown: "11 Dec 2025". */
export const MONTH_ABBREVIATIONS = Object.freeze(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);

/** Month numbers by lower-case name or abbreviation: "august" and "aug" → 8, "sept" and "sep" → 9. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(MONTH_NAMES.map((name, index) => [name, index + 1])),
  ...Object.fromEntries(MONTH_ABBREVIATIONS.map((abbreviation, index) => [abbreviation.toLowerCase(), index + 1])),
  sept: 9,
});

/** Full month names ("June"), and abbreviations with their period ("Aug.", "Sept."). */
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;

/** "monday" … "sunday": ISO weekday 1 is at index 0. */
export const WEEKDAY_NAMES = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** ISO weekdays by lower-case name or abbreviation: "thursday", "thurs", "thur", "thu" → 4. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(WEEKDAY_NAMES.map((name, index) => [name, index + 1])),
  ...Object.fromEntries(WEEKDAY_NAMES.map((name, index) => [name.slice(0, 3), index + 1])),
  tues: 2, thur: 4, thurs: 4,
});

/** "Monday" … "Sunday". */
export const WEEKDAY_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
