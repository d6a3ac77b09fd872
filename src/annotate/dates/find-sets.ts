import { MONTH_NAME, MONTH_NUMBERS, WEEKDAY_NAME, WEEKDAY_NUMBERS } from '../../shared/calendar/index.ts';
import { parseCount } from './parse-count.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatDuration, formatMonth } from './timex-value.ts';
import { COUNT, PART_OF_DAY_CODES, readUnit, SEASON_CODES } from './vocabulary.ts';

const RULE = 'sets';

// "every Friday" → XXXX-WXX-5, "each July" → XXXX-07, "every summer" → XXXX-SU, "every morning" → TMO
const EVERY_NAMED = new RegExp(
  String.raw`\b(?:every|each)\s+(?:(?<weekday>${WEEKDAY_NAME})|(?<month>${MONTH_NAME})|(?<season>spring|summer|fall|autumn|winter)|(?<part>morning|afternoon|evening|night))\b`,
  'gi',
);
// "every day" → P1D, "every two years" → P2Y, "each week" → P1W, "every other week" → P2W
const EVERY_UNIT = new RegExp(String.raw`\b(?:every|each|per)\s+(?<other>other\s+)?(?:(?<count>${COUNT})\s+)?(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?)\b`, 'gi');
// "daily", "weekly", "annually", "hourly"
const FREQUENCY_ADVERB = /\b(?:(?<day>daily|nightly)|(?<week>weekly)|(?<fortnight>fortnightly|biweekly)|(?<month>monthly)|(?<year>yearly|annually|annual basis)|(?<hour>hourly))\b/gi;
// "twice a week", "three times a year", "once a month", "$5 a day", "barrels a day": a rate over a unit
const TIMES_PER_UNIT = /\b(?:once|twice|thrice|(?:\w+|\d+) times)\s+(?:a|an|per|each|every)\s+(?<unit>day|night|week|month|year)\b/gi;
const AMOUNT_PER_UNIT = /\b(?:a|per)\s+(?<unit>day|week|month|year)\b(?!\s+(?:ago|earlier|later|after|before)\b)/gi;
const AMOUNT_BEFORE = /\d(?:\s+(?:million|billion|thousand|percent))?%?(?:\s+[a-z]+){0,2}\s+$/i;
// "on Fridays", "Tuesday nights": weekdays in the plural repeat
const PLURAL_WEEKDAY = new RegExp(String.raw`\b(?<weekday>${WEEKDAY_NAME})s(?:\s+(?<part>morning|afternoon|evening|night)s)?\b`, 'g');

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const EVERY_NAMED_NEEDS = /every|each/i;
const EVERY_UNIT_NEEDS = /every|each|per/i;
const FREQUENCY_ADVERB_NEEDS = /daily|nightly|weekly|monthly|yearly|annual|hourly/i;
// "twice a week": the word and the article after it ("three times as many" has no such pair)
const TIMES_PER_UNIT_NEEDS = /(?:once|twice|thrice|times)\s+(?:a|an|per|each|every)\s/i;
const PLURAL_WEEKDAY_NEEDS = new RegExp(`${WEEKDAY_NAME}s`);

/** Repeating times (TIMEX3 SET): values are the period ("every day" → P1D) or the repeated time with X ("every Friday"). */
export function findSets(context: RuleContext): TemporalCandidate[] {
  const { text } = context;
  const found: TemporalCandidate[] = [];
  const add = (start: number, end: number, value: string) => found.push(makeCandidate(context, start, end, value, RULE, 'set'));
  for (const match of matchesOf(EVERY_NAMED, text, EVERY_NAMED_NEEDS)) {
    const { weekday, month, season, part } = match.groups!;
    const end = match.index + match[0].length;
    if (weekday && /^[A-Z]/.test(weekday)) add(match.index, end, `XXXX-WXX-${WEEKDAY_NUMBERS[weekday.toLowerCase()]}`);
    else if (month && /^[A-Z]/.test(month)) add(match.index, end, formatMonth(null, MONTH_NUMBERS[month.toLowerCase().replace(/\.$/, '')]!));
    else if (season) add(match.index, end, `XXXX-${SEASON_CODES[season.toLowerCase()]}`);
    else if (part) add(match.index, end, `XXXX-XX-XXT${PART_OF_DAY_CODES[part.toLowerCase()]}`);
  }
  for (const match of matchesOf(EVERY_UNIT, text, EVERY_UNIT_NEEDS)) {
    const unit = readUnit(match.groups!['unit']!);
    if (unit === null) continue;
    const count = match.groups!['count'] ? parseCount(match.groups!['count']) : 1;
    add(match.index, match.index + match[0].length, formatDuration(count === null ? null : count * (match.groups!['other'] ? 2 : 1), unit));
  }
  for (const match of matchesOf(FREQUENCY_ADVERB, text, FREQUENCY_ADVERB_NEEDS)) {
    const groups = match.groups!;
    const value = groups['day'] ? 'P1D' : groups['week'] ? 'P1W' : groups['fortnight'] ? 'P2W' : groups['month'] ? 'P1M' : groups['year'] ? 'P1Y' : 'PT1H';
    add(match.index, match.index + match[0].length, value);
  }
  for (const match of matchesOf(TIMES_PER_UNIT, text, TIMES_PER_UNIT_NEEDS)) {
    add(match.index, match.index + match[0].length, formatDuration(1, readUnit(match.groups!['unit']!)!));
  }
  for (const match of matchesOf(AMOUNT_PER_UNIT, text)) {
    if (!AMOUNT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    add(match.index, match.index + match[0].length, formatDuration(1, readUnit(match.groups!['unit']!)!));
  }
  for (const match of matchesOf(PLURAL_WEEKDAY, text, PLURAL_WEEKDAY_NEEDS)) {
    const { weekday, part } = match.groups!;
    const partOfDay = part ? `T${PART_OF_DAY_CODES[part.toLowerCase()]}` : '';
    add(match.index, match.index + match[0].length, `XXXX-WXX-${WEEKDAY_NUMBERS[weekday!.toLowerCase()]}${partOfDay}`);
  }
  return found;
}
