import type { CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';

/**
 * The year of a month named without one, biased to the past as news is written: "In June" in a December
 * article is this year's June, in a March article last year's; "will meet in June" is the coming June.
 * The publication month itself is this year's either way.
 */
export function resolveMonthYear(month: number, reference: CalendarDay | null, tense: Tense): number | null {
  if (reference === null) return null;
  if (tense === 'future') return month >= reference.month ? reference.year : reference.year + 1;
  return month <= reference.month ? reference.year : reference.year - 1;
}
