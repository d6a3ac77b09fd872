import { isValidDay, toDayNumber, type CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';

/**
 * How much a day after publication weighs against a day before it, by the tense of the clause: news looks
 * back, so in the past tense a date a week ahead is as far as one two weeks back.
 */
const FUTURE_WEIGHT: Readonly<Record<Tense, number>> = Object.freeze({ past: 2, present: 1.5, future: 0.25 });

/**
 * The year of a month and day named without one ("Aug. 7"): of last year's, this year's and next year's,
 * the one nearest to publication, days ahead counting more than days back unless the clause is in the
 * future ("is payable Jan. 2" in November is next January; "met on Aug. 7" in March is last August).
 */
export function resolveDayYear(month: number, day: number, reference: CalendarDay | null, tense: Tense): number | null {
  if (reference === null) return null;
  const publication = toDayNumber(reference);
  let best: { year: number; distance: number } | null = null;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const offset = toDayNumber({ year, month, day }) - publication;
    const distance = offset > 0 ? offset * FUTURE_WEIGHT[tense] : -offset;
    if (best === null || distance < best.distance) best = { year, distance };
  }
  return best?.year ?? reference.year;
}
