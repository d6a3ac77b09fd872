import { isoWeekday } from '../../shared/calendar/index.ts';
import { parseCount } from './parse-count.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { shiftFromReference, type CalendarUnit } from './shift-from-reference.ts';
import { COUNT, readUnit } from './vocabulary.ts';

const RULE = 'relative-periods';
/** Candidates this rule marks for anchoring to an earlier-mentioned date ("a year earlier" after "the third quarter"). */
export const YEAR_EARLIER_RULE = 'year-earlier';

const OFFSETS: Readonly<Record<string, number>> = Object.freeze({
  this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, 'the last': -1, past: -1, 'the past': -1,
  previous: -1, 'the previous': -1, next: 1, 'the next': 1, coming: 1, 'the coming': 1, 'this coming': 1,
  'the following': 1, following: 1,
});
// "this week", "last month", "next year", "earlier this month", "late last year", "the end of this week",
// "the past week" (TimeBank: the week before this one)
const RELATIVE_PERIOD = new RegExp(
  String.raw`\b(?:(?:earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the first half of|the second half of|mid)[\s-]+)?` +
    String.raw`(this past|this coming|this|last|next|the past|the previous|the coming|the current|the following|the last|the next|current|previous|coming|past)\s+` +
    String.raw`(?:(?:fiscal|calendar)\s+)?(week|weekend|month|year|quarter|decade|century)\b(?![-\s](?:old|long)\b)`,
  'gi',
);
// "two days ago", "a year ago", "six weeks ago", "nearly four years ago", "a decade ago", "two years from now"
const UNITS_AGO = new RegExp(
  String.raw`\b(?:(?:about|around|almost|nearly|more than|less than|some|just|only|roughly|approximately|barely|over|exactly)\s+)?(${COUNT})\s+(days?|weeks?|months?|years?|decades?|centuries|century)\s+(ago|earlier|before|later|after|hence|from now)\b`,
  'gi',
);
// "year-earlier", "year-ago" before a noun: the same period a year before the one being reported
const YEAR_EARLIER_ADJECTIVE = /\b(?:the\s+)?(?:comparable\s+)?year[-\s](?:earlier|ago)\b(?!\s+(?:quarter|period|third|fourth|first|second|\w+\s+(?:months|weeks)))/gi;

// "the year ended March 31", "the fiscal year ending June 30": a year's span (TimeBank: P1Y)
const YEAR_ENDED = /\bthe (?:fiscal |full |calendar )?year(?=\s+end(?:ed|ing)\b)/gi;
// "for the year", "the full year", "the end of the year", "by year-end", "year's end": the publication year
const THE_YEAR =
  /\b(?:(?:the )?(?:end|beginning|start|middle|rest|remainder) of )?the (?:full |fiscal |current |calendar )?year\b(?![-'’]|\s+(?:before|after|earlier|later|that|when|in which|of|ago|end(?:ed|ing)|[12]\d{3}|two thousand)\b)|\byear[-\s]end\b|\byear['’]s end\b/gi;
// "over the weekend", "the weekend": the last one, or in a future clause the coming one
const THE_WEEKEND = /\bthe weekend\b(?!['’]s)/gi;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const RELATIVE_PERIOD_NEEDS = /week|month|year|quarter|decade|century/;
const UNITS_AGO_NEEDS = /(?:days?|weeks?|months?|years?|decades?|centuries|century)\s+(?:ago|earlier|before|later|after|hence|from now)/i;
const YEAR_ENDED_NEEDS = /year\s+end/i;
// "the year", "the fiscal year", "year-end", "year's end" (not "years" or "last year" alone)
const THE_YEAR_NEEDS = /the (?:full |fiscal |current |calendar )?year|year[-\s]end|year['’]s end/i;
const THE_WEEKEND_NEEDS = /the weekend/i;
const YEAR_EARLIER_ADJECTIVE_NEEDS = /year[-\s](?:earlier|ago)/i;

/**
 * Periods named relative to publication ("last week" → 2025-W49, "this year" → 2025) and counted back from
 * it ("two days ago" → 2025-12-12). "N days earlier/later/after" are durations (TimeBank: "A day
 * earlier" → P1D) and belong to the duration rule; "a year earlier" compares with a year before, and is
 * anchored afterwards to the period the sentence reports on when it names one.
 */
export function findRelativePeriods(context: RuleContext): TemporalCandidate[] {
  const found: TemporalCandidate[] = [];
  const { reference } = context;
  for (const match of matchesOf(RELATIVE_PERIOD, context.text, RELATIVE_PERIOD_NEEDS)) {
    // "ABC's This Week": a title
    if (/[A-Z]/.test(match[2]!)) continue;
    const offset = OFFSETS[match[1]!.toLowerCase()]!;
    const unit = match[2]!.toLowerCase() as CalendarUnit;
    const end = match.index + match[0].length;
    // "over the past decade", "the last century": the span that ends now (P10Y), not the 2000s
    if (offset === -1 && (unit === 'decade' || unit === 'century') && /\b(?:past|last)\b/i.test(match[1]!)) {
      found.push(makeCandidate(context, match.index, end, unit === 'decade' ? 'P10Y' : 'P100Y', RULE));
      continue;
    }
    found.push(makeCandidate(context, match.index, end, shiftFromReference(reference, unit, offset), RULE));
  }
  for (const match of matchesOf(UNITS_AGO, context.text, UNITS_AGO_NEEDS)) {
    const direction = match[3]!.toLowerCase();
    const count = parseCount(match[1]!);
    const unit = readUnit(match[2]!)!;
    const isYearEarlier = unit === 'year' && count === 1 && (direction === 'earlier' || direction === 'ago');
    const sign = direction === 'ago' || isYearEarlier ? -1 : direction === 'from now' || direction === 'hence' ? 1 : 0;
    if (sign === 0) continue;
    const start = match.index;
    const end = match.index + match[0].length;
    if (count === null) {
      found.push(makeCandidate(context, start, end, sign < 0 ? 'PAST_REF' : 'FUTURE_REF', RULE));
      continue;
    }
    // "a decade ago" → the year ten years back
    const [shiftUnit, factor]: [CalendarUnit, number] = unit === 'decade' ? ['year', 10] : unit === 'century' ? ['year', 100] : [unit as CalendarUnit, 1];
    found.push(makeCandidate(context, start, end, shiftFromReference(reference, shiftUnit, sign * count * factor), isYearEarlier ? YEAR_EARLIER_RULE : RULE));
  }
  for (const match of matchesOf(YEAR_ENDED, context.text, YEAR_ENDED_NEEDS)) {
    found.push(makeCandidate(context, match.index, match.index + match[0].length, 'P1Y', RULE));
  }
  for (const match of matchesOf(THE_YEAR, context.text, THE_YEAR_NEEDS)) {
    // "Person of the Year": a title
    if (/Y/.test(match[0].slice(1))) continue;
    found.push(makeCandidate(context, match.index, match.index + match[0].length, shiftFromReference(reference, 'year', 0), RULE));
  }
  for (const match of matchesOf(THE_WEEKEND, context.text, THE_WEEKEND_NEEDS)) {
    const end = match.index + match[0].length;
    const duringWeekend = reference !== null && isoWeekday(reference) >= 6;
    const offset = duringWeekend || context.tenseAround(match.index, end) === 'future' ? 0 : -1;
    found.push(makeCandidate(context, match.index, end, shiftFromReference(reference, 'weekend', offset), RULE));
  }
  for (const match of matchesOf(YEAR_EARLIER_ADJECTIVE, context.text, YEAR_EARLIER_ADJECTIVE_NEEDS)) {
    found.push(makeCandidate(context, match.index, match.index + match[0].length, shiftFromReference(reference, 'year', -1), YEAR_EARLIER_RULE));
  }
  return found;
}
