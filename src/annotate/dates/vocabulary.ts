/**
 * English words of time, as regular-expression sources and lookup tables (month and weekday names are the
 * calendar's: shared/calendar).
 */

/** Parts of the day as TIMEX3 writes them. */
export const PART_OF_DAY_CODES: Readonly<Record<string, string>> = Object.freeze({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
});

const SMALL_NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(SMALL_NUMBER_WORDS.map((word, index) => [word, index])),
  ...Object.fromEntries(TENS_WORDS.map((word, index) => [word, (index + 2) * 10])),
  a: 1, an: 1, single: 1, dozen: 12, hundred: 100, thousand: 1000,
});

const NUMBER_WORD = `(?:${[...SMALL_NUMBER_WORDS, ...TENS_WORDS].join('|')})`;
const TENS_WORD = `(?:${TENS_WORDS.join('|')})`;

/**
 * A count said in words or digits: "two", "twenty-four", "twenty four", "a hundred", "2 1/2", "1.5",
 * "a couple of", "several", "a few". parseCount reads what this matches.
 */
export const COUNT = [
  String.raw`\d+(?:\.\d+)?(?:\s+1\/2|\s*½)?`,
  String.raw`(?:a|one)\s+(?:hundred|thousand)`,
  `${TENS_WORD}[- ]${NUMBER_WORD}`,
  `${NUMBER_WORD}(?:\\s+(?:hundred|thousand))?`,
  String.raw`(?:a\s+)?couple(?:\s+of)?`,
  String.raw`(?:a\s+)?dozen`,
  String.raw`(?:a\s+)?few`,
  'several',
  'many',
  'some',
  'an?',
].join('|');

/** Units of time, singular or plural. */
export const TIME_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millennia|millennium)`;

/** Units of time in the singular, as in "a two-week visit". */
export const SINGULAR_TIME_UNIT = String.raw`(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|millennium)`;

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

/** "weeks" → week, "centuries" → century, "nights" → day; "fortnight" → null (two weeks, no unit of its own). */
export function readUnit(word: string): TimeUnit | null {
  const singular = word.toLowerCase().replace(/ies$/, 'y').replace(/ia$/, 'ium').replace(/s$/, '');
  if (singular === 'night') return 'day';
  const units: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'millennium'];
  return units.find((unit) => unit === singular) ?? null;
}

export const SEASON_CODES: Readonly<Record<string, string>> = Object.freeze({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });

/** The month a season starts in (northern hemisphere, meteorological): winter belongs to the year it starts in. */
export const SEASON_START_MONTHS: Readonly<Record<string, number>> = Object.freeze({ SP: 3, SU: 6, FA: 9, WI: 12 });

export const ORDINAL_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
  eleventh: 11, '11th': 11, twelfth: 12, '12th': 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
});
