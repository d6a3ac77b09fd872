import * as chrono from 'chrono-node';
import { formatCalendarDay, isValidDay } from '../../shared/calendar/index.ts';

/**
 * Turns a published date as pages write it into `YYYY-MM-DD`, keeping the calendar date the page
 * states (a `2019-11-19T23:30:00-05:00` story was published on the 19th where it was written):
 * "2019-11-19T06:51:00Z", "2019-11-19", "20191119", "2019/11/19", "Tue, 19 Nov 2019 06:51:00 GMT",
 * "November 19, 2019". A date without a day ("2019-11"), or that is not a date at all, gives null.
 */

const ISO_DATE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s,])/;
// "20191119" or "20191119T065100Z"
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

function formatDate(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || !isValidDay(year, month, day)) return null;
  return formatCalendarDay({ year, month, day });
}

export function normalizePublishedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim().slice(0, 100);
  const numeric = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (numeric) return formatDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return formatDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}
