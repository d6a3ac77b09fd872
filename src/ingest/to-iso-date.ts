import { isValidDay } from '../shared/calendar/index.ts';

/**
 * `YYYY-MM-DD` from what structured inputs carry: "2025-12-11T10:00:00Z", "2025-12-11 10:00:00",
 * "Thu, 11 Dec 2025 10:00:00 GMT" (RSS), 1765447200 (epoch seconds); null when it is no date.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromDate(new Date(value < 1e11 ? value * 1000 : value));
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isValidDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  if (!/[a-z]{3}/i.test(text) || !/\d{4}/.test(text)) return null;
  return fromDate(new Date(text));
}

function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}
