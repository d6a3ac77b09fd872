/** Calendar arithmetic on plain days (proleptic Gregorian, no time zone): every stage's notion of a day. */

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MILLISECONDS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = Object.freeze([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** `"2025-12-14"` (or `"2025-12-14T10:00"`) → {2025, 12, 14}; anything else, or an impossible day ("2025-02-30"), → null. */
export function parseCalendarDay(text: string | null | undefined): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

/** Exactly `YYYY-MM-DD`, naming a day of the calendar: "2024-02-29" is one; "2025-02-30", "2025-12-14T10:00" and "14 Dec" are not. */
export function isCalendarDayText(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseCalendarDay(text) !== null;
}

/** `YYYY-MM-DD`: {2025, 12, 4} → "2025-12-04". */
export function formatCalendarDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** Whether year, month and day name a day of the calendar: 2024-02-29 does, 2025-02-29 and 2025-13-01 do not. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Every fourth year, but not a century unless it divides by 400: 2024 and 2000 are leap years, 1900 is not. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Days since 1970-01-01; a day past its month's end rolls over ({2025, 2, 30} is 2025-03-02). */
export function toDayNumber(day: CalendarDay): number {
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return Math.round(date.getTime() / MILLISECONDS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * MILLISECONDS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(day) + days);
}

/** Month arithmetic that keeps the day when it exists and clamps it otherwise (Mar 31 − 1 month → Feb 28). */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CalendarDay): number {
  // day number 0, 1970-01-01, was a Thursday (4)
  const daysSinceMonday = (((toDayNumber(day) + 3) % 7) + 7) % 7;
  return daysSinceMonday + 1;
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: CalendarDay): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/** 1..4 */
export function quarterOfMonth(month: number): number {
  return Math.ceil(month / 3);
}

/** The n-th (1-based) given ISO weekday of a month: Thanksgiving is the 4th Thursday (4) of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): CalendarDay {
  const first = { year, month, day: 1 };
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + (nth - 1) * 7);
}

/** Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
