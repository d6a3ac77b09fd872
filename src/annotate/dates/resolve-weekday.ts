import { addDays, isoWeekday, type CalendarDay } from '../../shared/calendar/index.ts';
import type { Tense } from './detect-tense.ts';

/**
 * The day a weekday names ("Thursday"): the last one on or before publication, the publication day
 * itself when it is that weekday (TimeBank annotates it so: a Friday story's "Friday" is that day);
 * a future clause ("will meet on Friday") takes the coming one, or the day itself ("was due to speak
 * later on Wednesday" in a Wednesday story).
 */
export function resolveWeekday(weekday: number, reference: CalendarDay, tense: Tense): CalendarDay {
  const today = isoWeekday(reference);
  if (tense === 'future') return addDays(reference, (weekday - today + 7) % 7);
  return addDays(reference, -((today - weekday + 7) % 7));
}
