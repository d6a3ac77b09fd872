import { addDays, formatCalendarDay, isoWeekday, parseCalendarDay, type CalendarDay } from '../../shared/calendar/index.ts';

/** Day arithmetic on TIMEX3 values: `2025-12-11`, `2025-12`, `2025`, `P1D`, `P2W`. */

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value names a concrete year, month or day (no `X` placeholder, no duration or set). */
export function isCalendarValue(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
}

export function precisionOf(value: string): 'year' | 'month' | 'day' {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Two values that can be the same time: one is a prefix of the other ("2025" and "2025-05"). */
export function compatibleValues(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Days in a duration counted in days or weeks: `P1D` → 1, `P2W` → 14; longer units are not days. */
export function durationDays(value: string): number | null {
  const match = /^P(\d+)([DW])$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * (match[2] === 'W' ? 7 : 1);
}

/** The day a value names, when it names a whole day: `2025-12-11`, not `2025-12-11TMO` nor `2025-12`. */
function dayOf(value: string): CalendarDay | null {
  return DAY_VALUE.test(value) ? parseCalendarDay(value) : null;
}

/** `2025-12-11` shifted by −1 day → `2025-12-10`; null for a value that names no whole day. */
export function shiftDay(value: string, days: number): string | null {
  const day = dayOf(value);
  return day ? formatCalendarDay(addDays(day, days)) : null;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(value: string): number | null {
  const day = dayOf(value);
  return day ? isoWeekday(day) : null;
}
