import type { TemporalExpression } from '../../model/index.ts';
import { parseCalendarDay } from '../../shared/calendar/index.ts';
import { anchorYearEarlier } from './anchor-year-earlier.ts';
import { detectTense } from './detect-tense.ts';
import { findClauseBounds } from './find-clause-bounds.ts';
import { findDurations } from './find-durations.ts';
import { findHolidays } from './find-holidays.ts';
import { findMonthNames } from './find-month-names.ts';
import { findQuarters } from './find-quarters.ts';
import { findRelativeDays } from './find-relative-days.ts';
import { findRelativePeriods, YEAR_EARLIER_RULE } from './find-relative-periods.ts';
import { findSeasons } from './find-seasons.ts';
import { findSets } from './find-sets.ts';
import { findVagueReferences } from './find-vague-references.ts';
import { findWeekdays } from './find-weekdays.ts';
import { findWithChrono, hasChronoLanguage } from './find-with-chrono.ts';
import { findYears } from './find-years.ts';
import type { FindRule, RuleContext, TemporalCandidate } from './rule-context.ts';
import { selectNonOverlapping } from './select-non-overlapping.ts';

export interface TemporalOptions {
  /** Publication day, `YYYY-MM-DD`: relative expressions resolve against it; null leaves them with `X` placeholders. */
  published: string | null;
  /** ISO 639-1 code of the text; null or absent is read as English. */
  language?: string | null;
}

const ENGLISH = 'en';

/** The English rules: each finds its readings anywhere in the text; overlaps are settled afterwards. */
const ENGLISH_RULES: readonly FindRule[] = Object.freeze([
  findSets, findQuarters, findRelativePeriods, findRelativeDays, findHolidays, findWeekdays, findMonthNames,
  findSeasons, findYears, findDurations, findVagueReferences,
]);

/**
 * Which reading wins a tie between two of the same length, by the `rule` name on each candidate: a set
 * over the duration it repeats ("a year" in "$5 a year"), a quarter over a year, our rules over chrono.
 */
const RULE_ORDER: readonly string[] = Object.freeze([
  'sets', 'quarters', YEAR_EARLIER_RULE, 'relative-periods', 'relative-days', 'holidays', 'weekdays', 'month-names',
  'seasons', 'years', 'durations', 'vague-references', 'chrono',
]);

/**
 * Every temporal expression of a text with its TIMEX3 value, resolved against the publication day and
 * biased to the past as news is written, in document order and without overlaps.
 *
 * English runs our rules and chrono-node's calendar dates; another language runs chrono-node's parser for
 * it (es, fr, de, pt, it, nl, …) with the same past bias, and no English rule; a language chrono-node
 * lacks gives nothing.
 */
export function findTemporalExpressions(text: string, options: TemporalOptions): TemporalExpression[] {
  return findTemporalCandidates(text, options).map(({ rule: _rule, ...expression }) => expression);
}

/** findTemporalExpressions with the rule that found each expression (benchmarks group errors by it). */
export function findTemporalCandidates(text: string, options: TemporalOptions): TemporalCandidate[] {
  const language = (options.language ?? ENGLISH).toLowerCase();
  const context = createContext(text, options.published);
  if (language !== ENGLISH) return hasChronoLanguage(language) ? selectNonOverlapping(findWithChrono(context, language), RULE_ORDER) : [];
  const candidates = [...ENGLISH_RULES.flatMap((rule) => rule(context)), ...findWithChrono(context, ENGLISH)];
  return anchorYearEarlier(selectNonOverlapping(candidates, RULE_ORDER), YEAR_EARLIER_RULE, context.reference, context.clauseAround);
}

/** The clauses and the tense cues are found on the first question about them: many texts ask none. */
function createContext(text: string, published: string | null): RuleContext {
  let clauses: ReturnType<typeof findClauseBounds> | null = null;
  let tense: ReturnType<typeof detectTense> | null = null;
  const clauseAround = (start: number, end: number) => (clauses ??= findClauseBounds(text)).around(start, end);
  const tenseAround = (start: number, end: number) => (tense ??= detectTense(text, clauseAround))(start, end);
  return { text, reference: parseCalendarDay(published), clauseAround, tenseAround };
}
