import { addDays, addMonths, quarterOfMonth, type CalendarDay } from '../../shared/calendar/index.ts';
import { formatDay, formatMonth, formatQuarter, formatWeek, formatYear } from './timex-value.ts';

export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const PLACEHOLDERS: Readonly<Record<CalendarUnit, string>> = Object.freeze({
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX',
  year: 'XXXX', decade: 'XXX', century: 'XX',
});

/**
 * The unit of time `amount` units from the one holding the publication day, at that unit's granularity:
 * ("last", week, −1) → `2025-W49`; ("this", year, 0) → `2025`; ("two days ago", day, −2) → `2025-12-12`.
 * With no publication day, the unit's placeholder (`XXXX-WXX`).
 */
export function shiftFromReference(reference: CalendarDay | null, unit: CalendarUnit, amount: number): string {
  if (reference === null) return PLACEHOLDERS[unit];
  switch (unit) {
    case 'day':
      return formatDay(addDays(reference, amount));
    case 'week':
      return formatWeek(addDays(reference, amount * 7));
    case 'weekend':
      return `${formatWeek(addDays(reference, amount * 7))}-WE`;
    case 'month': {
      const day = addMonths(reference, amount);
      return formatMonth(day.year, day.month);
    }
    case 'quarter': {
      const day = addMonths({ ...reference, day: 1 }, amount * 3);
      return formatQuarter(day.year, quarterOfMonth(day.month));
    }
    case 'half': {
      const day = addMonths({ ...reference, day: 1 }, amount * 6);
      return `${formatYear(day.year)}-H${day.month <= 6 ? 1 : 2}`;
    }
    case 'year':
      return formatYear(reference.year + amount);
    case 'decade':
      return String(Math.floor(reference.year / 10) + amount).padStart(3, '0');
    case 'century':
      return String(Math.floor(reference.year / 100) + amount).padStart(2, '0');
  }
}
