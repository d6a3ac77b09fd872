import { quarterOfMonth, type CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { shiftFromReference } from './shift-from-reference.ts';
import { formatQuarter, formatYear } from './timex-value.ts';
import { ORDINAL_NUMBERS } from './vocabulary.ts';

const RULE = 'quarters';

// "the third quarter", "third-quarter", "the fiscal first quarter", "last year's fourth quarter",
// "the 1988 third quarter", "the third quarter of 1990", "the fourth quarter of last year"
const NAMED_QUARTER = new RegExp(
  String.raw`\b(?:(?:the|its|their|a|an|this|that)\s+)?` +
    String.raw`(?:(?:(?<possessiveRelative>this|last|next)\s+year['’]s|(?<possessiveYear>[12]\d{3})['’]s)\s+)?` +
    String.raw`(?:(?<yearBefore>[12]\d{3})\s+)?` +
    String.raw`(?:(?:fiscal|calendar)[\s-]+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?!s)\b` +
    String.raw`(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?<yearAfter>[12]\d{3})|(?<relativeAfter>last|this|next)\s+year))?`,
  'gi',
);
// "Q3", "Q3 2025", "2025 Q3"
const QUARTER_CODE = /\b(?:(?<yearBefore>[12]\d{3})\s+)?Q(?<number>[1-4])(?:\s+(?<yearAfter>[12]\d{3}))?\b/g;
// "the quarter", "the latest quarter", "the most recent period": the last quarter that has ended (not "the
// French Quarter", "the quarter of a century", "a quarter-point")
const REPORTED_QUARTER =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:latest|most recent|just-ended|just ended)\s+(?:fiscal\s+)?(?:quarter|period)|(?:fiscal\s+)?quarter)\b(?!\s+(?:of|century|mile|point)\b|-)/g;
// "the 1988 quarter", "the 1989 period": the quarter being reported on, in the year named
const YEAR_QUARTER = /\bthe\s+(?<year>[12]\d{3})\s+(?:quarter|period)\b/gi;
// "the year-ago quarter", "the year-earlier period", "the comparable year-ago third quarter",
// "the quarter a year ago", "the same period last year", "last year's quarter"
const YEAR_AGO_QUARTER = new RegExp(
  String.raw`\b(?:the\s+)?(?:(?:comparable|corresponding|same|prior)\s+)?(?:year[-\s](?:ago|earlier)|prior[-\s]year|year[-\s]before)\s+(?:(?<ordinal>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?:quarter|period)\b` +
    String.raw`|\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:a year (?:ago|earlier)|(?:of\s+)?last year|the year before)\b` +
    String.raw`|\blast year['’]s (?:quarter|period)\b`,
  'gi',
);
// "the first half of 1989", "the second half of this year", "first-half results"
const HALF = /\b(?:the\s+)?(?<which>first|second|last|latter)\s+half\s+of\s+(?:(?<year>[12]\d{3})|(?<relative>last|this|next)\s+year)\b|\b(?<adjective>first|second)-half\b/gi;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const NAMED_QUARTER_NEEDS = /quarter/i;
const QUARTER_CODE_NEEDS = /Q[1-4]/;
const HALF_NEEDS = /half/i;
const QUARTER_OR_PERIOD = /quarter|period/i;

/** Quarters and halves of a year, the periods financial news reports on. */
export function findQuarters(context: RuleContext): TemporalCandidate[] {
  const { reference } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(NAMED_QUARTER, context.text, NAMED_QUARTER_NEEDS)) {
    const groups = match.groups!;
    const quarter = ORDINAL_NUMBERS[groups['ordinal']!.toLowerCase()]!;
    const end = match.index + match[0].length;
    const explicitYear = groups['yearAfter'] ?? groups['yearBefore'] ?? groups['possessiveYear'];
    const relative = (groups['relativeAfter'] ?? groups['possessiveRelative'])?.toLowerCase();
    const year = explicitYear
      ? Number(explicitYear)
      : relative && reference
        ? reference.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0)
        : resolveQuarterYear(quarter, reference, context.tenseAround(match.index, end));
    found.push(makeCandidate(context, match.index, end, formatQuarter(year, quarter), RULE));
  }
  for (const match of matchesOf(QUARTER_CODE, context.text, QUARTER_CODE_NEEDS)) {
    const quarter = Number(match.groups!['number']);
    const end = match.index + match[0].length;
    const explicitYear = match.groups!['yearBefore'] ?? match.groups!['yearAfter'];
    const year = explicitYear ? Number(explicitYear) : resolveQuarterYear(quarter, reference, context.tenseAround(match.index, end));
    found.push(makeCandidate(context, match.index, end, formatQuarter(year, quarter), RULE));
  }
  for (const match of matchesOf(REPORTED_QUARTER, context.text, QUARTER_OR_PERIOD)) {
    found.push(makeCandidate(context, match.index, match.index + match[0].length, shiftFromReference(reference, 'quarter', -1), RULE));
  }
  for (const match of matchesOf(YEAR_QUARTER, context.text, QUARTER_OR_PERIOD)) {
    const year = Number(match.groups!['year']);
    const reported = reference ? shiftFromReference(reference, 'quarter', -1).slice(4) : '-QX';
    found.push(makeCandidate(context, match.index, match.index + match[0].length, `${year}${reported}`, RULE));
  }
  for (const match of matchesOf(YEAR_AGO_QUARTER, context.text, QUARTER_OR_PERIOD)) {
    const ordinal = match.groups!['ordinal'];
    const value = ordinal
      ? formatQuarter(reference ? reference.year - 1 : null, ORDINAL_NUMBERS[ordinal.toLowerCase()]!)
      : shiftFromReference(reference, 'quarter', -5);
    found.push(makeCandidate(context, match.index, match.index + match[0].length, value, RULE));
  }
  for (const match of matchesOf(HALF, context.text, HALF_NEEDS)) {
    const groups = match.groups!;
    const which = (groups['which'] ?? groups['adjective'])!.toLowerCase();
    const half = which === 'first' ? 1 : 2;
    const end = match.index + match[0].length;
    const relative = groups['relative']?.toLowerCase();
    const year = groups['year']
      ? Number(groups['year'])
      : relative && reference
        ? reference.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0)
        : resolveQuarterYear(half === 1 ? 1 : 3, reference, context.tenseAround(match.index, end));
    found.push(makeCandidate(context, match.index, end, `${formatYear(year)}-H${half}`, RULE));
  }
  return found;
}

/**
 * The year of a quarter named without one: this year's when it has begun by publication, else last year's
 * ("the fourth quarter" in March 2013 is 2012-Q4) unless the clause is in the future ("expects a loss in
 * the fourth quarter" → 2013-Q4).
 */
function resolveQuarterYear(quarter: number, reference: CalendarDay | null, tense: Tense): number | null {
  if (reference === null) return null;
  if (quarter <= quarterOfMonth(reference.month)) return reference.year;
  return tense === 'future' ? reference.year : reference.year - 1;
}
