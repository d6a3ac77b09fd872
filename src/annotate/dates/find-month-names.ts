import { MONTH_NAME, MONTH_NUMBERS } from '../../shared/calendar/index.ts';
import { followsDeadlineWord } from './detect-tense.ts';
import { resolveMonthYear } from './resolve-month-year.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatMonth } from './timex-value.ts';

const RULE = 'month-names';

// "mid-October", "early September", "last August", "this June", "January this year", "June of last year",
// "the end of March", "June 2018" (chrono reads "June 11, 2018")
const MONTH = new RegExp(
  String.raw`\b(?:(?:early|mid|late|the (?:end|beginning|start|middle|rest) of|end of|beginning of|mid)[\s-]+)?` +
    String.raw`(?:(last|this|next|this past|this coming|past|coming)\s+)?` +
    `(${MONTH_NAME})` +
    String.raw`(?:(?:,\s*|\s+(?:of\s+)?)(?:(last|this|next)\s+year|([12]\d{3})(?![\d%])))?`,
  'gid',
);
// "in June", "since May", "early March", "(June": words that make a capitalised month name a month
const WORDS_BEFORE_A_MONTH = /\b(?:in|on|by|since|until|till|through|from|to|of|during|before|after|between|and|or|last|this|next|early|late|mid|around|throughout|for|each|every|that|the)\s*-?\s*$|[,(]\s*$/i;
// "May" is also a name and a modal verb: only a word before it makes it the month ("in May", "last May")
const AMBIGUOUS_MONTH_NAMES = /^(?:May|March)$/;
// "June 11" and "June 11-12" belong to chrono's calendar dates
const DAY_NUMBER_AFTER = /^\s+\d{1,2}(?!\d)(?!\s*(?:%|percent|million|billion))/;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const MONTH_NEEDS = /J[Aa][Nn]|F[Ee][Bb]|M[Aa][RrYy]|A[Pp][Rr]|J[Uu][NnLl]|A[Uu][Gg]|S[Ee][Pp]|O[Cc][Tt]|N[Oo][Vv]|D[Ee][Cc]/;

/** Months named without a day: "In June" in a December article is this year's June, in a March article last year's. */
export function findMonthNames(context: RuleContext): TemporalCandidate[] {
  const { text } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(MONTH, text, MONTH_NEEDS)) {
    const name = match[2]!;
    if (!/^[A-Z]/.test(name)) continue;
    const end = match.index + match[0].length;
    if (DAY_NUMBER_AFTER.test(text.slice(end, end + 20)) && !match[3] && !match[4]) continue;
    // "Theresa May", "March on", "June Carter": a bare name needs a word before it that makes it a month
    const bare = match[0] === name;
    const cued = WORDS_BEFORE_A_MONTH.test(text.slice(Math.max(0, match.index - 12), match.index));
    if (bare && !cued && (AMBIGUOUS_MONTH_NAMES.test(name) || /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3)))) continue;
    const month = MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')]!;
    const year = yearOf(month, match, context);
    found.push(makeCandidate(context, match.index, end, formatMonth(year, month), RULE));
  }
  return found;
}

function yearOf(month: number, match: RegExpExecArray, context: RuleContext): number | null {
  const reference = context.reference;
  if (match[4]) return Number(match[4]);
  if (reference === null) return null;
  const relativeYear = match[3]?.toLowerCase();
  if (relativeYear) return reference.year + (relativeYear === 'last' ? -1 : relativeYear === 'next' ? 1 : 0);
  const relativeMonth = match[1]?.toLowerCase();
  // "last August" / "this past August": the latest August before this month
  if (relativeMonth === 'last' || relativeMonth === 'past' || relativeMonth === 'this past') return month < reference.month ? reference.year : reference.year - 1;
  if (relativeMonth === 'next' || relativeMonth === 'coming' || relativeMonth === 'this coming') return month > reference.month ? reference.year : reference.year + 1;
  if (relativeMonth === 'this') return reference.year;
  const tense = context.tenseAround(match.index, match.index + match[0].length);
  if (followsDeadlineWord(context.text, match.index)) {
    // "by August", "until January": a deadline is ahead; told in the past ("gave them until November", "by
    // October it held the port") it is the nearer of the two
    if (tense !== 'past') return resolveMonthYear(month, reference, 'future');
    const monthsAhead = (month - reference.month + 12) % 12;
    return monthsAhead !== 0 && monthsAhead < 6 ? resolveMonthYear(month, reference, 'future') : resolveMonthYear(month, reference, 'past');
  }
  return resolveMonthYear(month, reference, tense);
}
