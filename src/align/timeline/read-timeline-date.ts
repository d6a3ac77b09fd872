import type { TemporalExpression, TimelineEntry } from '../../model/index.ts';
import { MONTH_ABBREVIATIONS, addDays, formatCalendarDay, isValidDay, isoWeekday, type CalendarDay } from '../../shared/calendar/index.ts';

/** Where a date expression sits on the timeline: a `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` date, and its words. */
export type TimelineDate = Pick<TimelineEntry, 'date' | 'precision' | 'label'>;

const PARTS_OF_DAY: Readonly<Record<string, string>> = Object.freeze({ MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' });
const SEASONS: Readonly<Record<string, string>> = Object.freeze({ SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' });
const HALVES: Readonly<Record<string, string>> = Object.freeze({ '1': 'first', '2': 'second' });

// "the second quarter of 2012", "Q2 2012", "last quarter": a quarter the reader can place in a year.
// A bare "the fourth quarter" is as often a game's quarter as a fiscal one.
const PLACED_QUARTER = /\b(?:\d{4}|Q[1-4]|last|this|next|previous|past|current|latest|fiscal)\b/i;
// "summer 1972", "last summer", "this winter", "the spring of 1977", "early fall": a season of a known year.
// A bare "the fall" or "Winter" is as often a noun ("lost his hat in the fall") or a name ("the Winter Meetings").
const PLACED_SEASON = /\b(?:\d{4}|last|this|next|past|coming|early|late|mid)\b/i;

/**
 * The timeline's date for a TIMEX3 value, as the JSON contract writes it and a reader reads it; null for
 * what is no point on a calendar ("now" → `PRESENT_REF`, "recently" → `PAST_REF`, "in coming days" →
 * `FUTURE_REF`) or what cannot be placed on one.
 *
 *     2025-12-11        → 2025-12-11  day      "11 Dec 2025"
 *     2025-12-11T14:16  → as it is    time     "11 Dec 2025, 14:16"
 *     2008-12-10TNI     → 2008-12-10  day      "the night of 10 Dec 2008"   ("last night")
 *     2025-W50          → 2025-12-08  week     "the week of 8 Dec 2025"     ("next week")
 *     2010-W17-WE       → 2010-05-01  weekend  "the weekend of 1 May 2010"  ("at the weekend")
 *     2025-12           → 2025-12     month    "Dec 2025"
 *     2012-Q2           → 2012-04     quarter  "Q2 2012"
 *     1972-SU           → 1972        season   "summer 1972"
 *     2025-H1           → 2025-01     half     "the first half of 2025"
 *     2025              → 2025        year     "2025"
 *     196               → 1960        decade   "the 1960s"
 *     19                → 1900        century  "the 20th century"
 */
export function readTimelineDate(expression: Pick<TemporalExpression, 'value' | 'text'>): TimelineDate | null {
  const { value, text } = expression;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI))?$/.exec(value))) {
    const day = dayLabel(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!day) return null;
    const date = `${match[1]}-${match[2]}-${match[3]}`;
    if (match[4]) return { date: `${date}T${match[4]}`, precision: 'time', label: `${day}, ${match[4]}` };
    if (match[5]) return { date, precision: 'day', label: `the ${PARTS_OF_DAY[match[5]]} of ${day}` };
    return { date, precision: 'day', label: day };
  }
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(Number(match[1]), Number(match[2]));
    if (!monday) return null;
    const first = match[3] ? addDays(monday, 5) : monday;
    const label = dayLabel(first.year, first.month, first.day)!;
    return match[3] ? { date: formatCalendarDay(first), precision: 'weekend', label: `the weekend of ${label}` } : { date: formatCalendarDay(first), precision: 'week', label: `the week of ${label}` };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = MONTH_ABBREVIATIONS[Number(match[2]) - 1];
    return month ? { date: value, precision: 'month', label: `${month} ${match[1]}` } : null;
  }
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) {
    if (!PLACED_QUARTER.test(text)) return null;
    return { date: `${match[1]}-${String(Number(match[2]) * 3 - 2).padStart(2, '0')}`, precision: 'quarter', label: `Q${match[2]} ${match[1]}` };
  }
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    // the year, not a month: a season's months depend on the hemisphere, and winter spans two years
    if (!PLACED_SEASON.test(text)) return null;
    return { date: match[1]!, precision: 'season', label: `${SEASONS[match[2]!]} ${match[1]}` };
  }
  if ((match = /^(\d{4})-H([12])$/.exec(value))) {
    return { date: `${match[1]}-${match[2] === '1' ? '01' : '07'}`, precision: 'half', label: `the ${HALVES[match[2]!]} half of ${match[1]}` };
  }
  if (/^\d{4}$/.test(value)) return { date: value, precision: 'year', label: value };
  if (/^\d{3}$/.test(value)) return { date: `${value}0`, precision: 'decade', label: `the ${value}0s` };
  if (/^\d{2}$/.test(value)) return { date: `${value}00`, precision: 'century', label: `the ${ordinal(Number(value) + 1)} century` };
  return null;
}

/** "11 Dec 2025"; null for a day no calendar has (month 13, 30 February). */
function dayLabel(year: number, month: number, day: number): string | null {
  const name = MONTH_ABBREVIATIONS[month - 1];
  if (!name || !isValidDay(year, month, day)) return null;
  return `${day} ${name} ${year}`;
}

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday, as 4 January always is); null past the year's last week. */
function mondayOfIsoWeek(year: number, week: number): CalendarDay | null {
  if (week < 1 || week > 53) return null;
  const fourthOfJanuary: CalendarDay = { year, month: 1, day: 4 };
  const monday = addDays(fourthOfJanuary, 1 - isoWeekday(fourthOfJanuary) + (week - 1) * 7);
  return addDays(monday, 3).year === year ? monday : null;
}

/** 20 → "20th", 21 → "21st". */
function ordinal(count: number): string {
  const suffix = count % 100 >= 11 && count % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}
