import type { TemporalExpression } from '../../model/index.ts';
import { isoWeek, type CalendarDay } from '../../shared/calendar/index.ts';
import type { TimeUnit } from './vocabulary.ts';

/**
 * TIMEX3 values (TimeML 1.2, ISO 8601 based). A missing year writes `XXXX`, as TIMEX3 does for what the
 * text leaves open: "Thursday" with no publication date is `XXXX-WXX-4`.
 */

export type Precision = TemporalExpression['precision'];

const UNKNOWN_YEAR = 'XXXX';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatYear(year: number | null): string {
  return year === null ? UNKNOWN_YEAR : String(year).padStart(4, '0');
}

export function formatMonth(year: number | null, month: number): string {
  return `${formatYear(year)}-${twoDigits(month)}`;
}

export function formatDay(day: CalendarDay): string {
  return `${formatMonth(day.year, day.month)}-${twoDigits(day.day)}`;
}

/** `1998-W02` */
export function formatWeek(day: CalendarDay): string {
  const week = isoWeek(day);
  return `${formatYear(week.year)}-W${twoDigits(week.week)}`;
}

export function formatQuarter(year: number | null, quarter: number): string {
  return `${formatYear(year)}-Q${quarter}`;
}

/** `T10:30`, written after a day (parts of the day are written `TMO`, `TAF`, `TEV`, `TNI` by their rules). */
export function formatTimeOfDay(hour: number, minute: number): string {
  return `T${twoDigits(hour)}:${twoDigits(minute)}`;
}

/**
 * The unit of the listed precisions nearest to a value's own granularity. Weeks, quarters, halves and
 * seasons count as `month`, decades and centuries as `year`, parts of the day as `time`; "now"
 * (`PRESENT_REF`) is the publication `day`, and the vague past and future (`PAST_REF`, `FUTURE_REF`) `year`.
 * Sets are marked by the rules that find them, as their values look like dates or durations.
 */
export function describePrecision(value: string): Precision {
  if (value === 'PRESENT_REF') return 'day';
  if (value.endsWith('_REF')) return 'year';
  if (value.startsWith('P')) return 'duration';
  if (value.includes('T')) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /-W[\dX]{2}-(?:[\dX]|WE)$/.test(value)) return 'day';
  if (/^[\dX]{4}-/.test(value)) return 'month';
  return 'year';
}

const DURATION_LETTERS: Readonly<Record<TimeUnit, { letter: string; time: boolean; smaller: TimeUnit | null; factor: number }>> = Object.freeze({
  second: { letter: 'S', time: true, smaller: null, factor: 1 },
  minute: { letter: 'M', time: true, smaller: 'second', factor: 60 },
  hour: { letter: 'H', time: true, smaller: 'minute', factor: 60 },
  day: { letter: 'D', time: false, smaller: 'hour', factor: 24 },
  week: { letter: 'W', time: false, smaller: 'day', factor: 7 },
  month: { letter: 'M', time: false, smaller: null, factor: 1 },
  quarter: { letter: 'Q', time: false, smaller: null, factor: 1 },
  year: { letter: 'Y', time: false, smaller: 'month', factor: 12 },
  decade: { letter: 'DE', time: false, smaller: null, factor: 1 },
  century: { letter: 'CE', time: false, smaller: null, factor: 1 },
  millennium: { letter: 'ML', time: false, smaller: null, factor: 1 },
});

/** Decades, centuries and millennia counted in years, quarters in months ("two decades" → P20Y, "three quarters" → P9M). */
const IN_SMALLER_UNITS: Readonly<Partial<Record<TimeUnit, { unit: TimeUnit; factor: number }>>> = Object.freeze({
  decade: { unit: 'year', factor: 10 },
  century: { unit: 'year', factor: 100 },
  millennium: { unit: 'year', factor: 1000 },
  quarter: { unit: 'month', factor: 3 },
});

/**
 * "two weeks" → P2W, "five hours" → PT5H, "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S,
 * "several years" (count null) → PXY.
 */
export function formatDuration(count: number | null, unit: TimeUnit): string {
  const inSmaller = IN_SMALLER_UNITS[unit];
  if (inSmaller && count !== null) return formatDuration(count * inSmaller.factor, inSmaller.unit);
  const { letter, time, smaller, factor } = DURATION_LETTERS[unit];
  const prefix = time ? 'PT' : 'P';
  if (count === null) return `${prefix}X${letter}`;
  const whole = Math.floor(count);
  const rest = count - whole;
  if (rest === 0) return `${prefix}${whole}${letter}`;
  const smallerCount = rest * factor;
  if (smaller && Number.isInteger(smallerCount)) {
    const smallerPart = formatDuration(smallerCount, smaller);
    const smallerIsTime = DURATION_LETTERS[smaller].time;
    const wholePart = whole === 0 ? '' : `${whole}${letter}`;
    if (time || !smallerIsTime) return `${prefix}${wholePart}${smallerPart.replace(/^PT?/, '')}`;
    return `P${wholePart}T${smallerPart.replace(/^PT/, '')}`;
  }
  return `${prefix}${count}${letter}`;
}
