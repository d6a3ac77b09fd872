import { addMonths, type CalendarDay } from '../../shared/calendar/index.ts';
import type { ClauseBounds } from './find-clause-bounds.ts';
import type { TemporalCandidate } from './rule-context.ts';

// the periods a company reports on: 1989-Q3, 1989-H1
const REPORTED_PERIOD = /^(\d{4})(-(?:Q[1-4]|H[12]))$/;
// any period finer than a year: 1989-09, 1989-09-30, 1989-SU
const FINER_THAN_YEAR = /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?|SP|SU|FA|WI))$/;
const ALREADY_A_YEAR_BACK = /\byear[-\s](?:ago|earlier|before)|\blast year/i;
/** How far back a reported quarter still anchors "a year earlier": a few sentences of an earnings story. */
const REPORTED_PERIOD_REACH = 600;

/**
 * "Profit rose 5% in the third quarter from $2 million a year earlier": "a year earlier" is the third
 * quarter of the year before (TimeBank: 1988-Q3), not just last year. A marked candidate takes the latest
 * quarter or half named in the few sentences before it, else the latest finer date of its own sentence,
 * one year back; with neither it keeps its own value.
 */
export function anchorYearEarlier(
  expressions: readonly TemporalCandidate[],
  markedRule: string,
  reference: CalendarDay | null,
  clauseAround: (start: number, end: number) => ClauseBounds,
): TemporalCandidate[] {
  // "the 1988 period" in a 1989 story is already the year before: anchors lie in the year of the last quarter
  const earliestAnchorYear = reference ? addMonths(reference, -3).year : Number.NEGATIVE_INFINITY;
  return expressions.map((expression, index) => {
    if (expression.rule !== markedRule) return expression;
    const sentence = clauseAround(expression.start, expression.end);
    let anchor: TemporalCandidate | null = null;
    for (let before = index - 1; before >= 0 && expressions[before]!.start >= expression.start - REPORTED_PERIOD_REACH; before--) {
      const other = expressions[before]!;
      // anchors are the periods reported on, not the ones already a year back ("the year-ago quarter")
      if (other.rule === markedRule || ALREADY_A_YEAR_BACK.test(other.text) || Number(other.value.slice(0, 4)) < earliestAnchorYear) continue;
      if (REPORTED_PERIOD.test(other.value)) {
        anchor = other;
        break;
      }
      if (anchor === null && other.start >= sentence.start && FINER_THAN_YEAR.test(other.value)) anchor = other;
    }
    const match = anchor ? FINER_THAN_YEAR.exec(anchor.value) : null;
    return match && anchor ? { ...expression, value: `${Number(match[1]) - 1}${match[2]}`, precision: anchor.precision } : expression;
  });
}
