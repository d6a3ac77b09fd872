import { InvalidArgumentError } from 'commander';
import { isCalendarDayText } from '../shared/calendar/index.ts';

/** "32MB", "500k", "1048576" → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a size in bytes such as 33554432, 500KB or 32MB, got "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Math.round(Number(match[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
  if (bytes < 1) throw new InvalidArgumentError('the size must be at least one byte');
  return bytes;
}

export function parseCalendarDate(value: string): string {
  if (!isCalendarDayText(value)) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a whole number above 0, got "${value}"`);
  return Number(value);
}

export function parseWholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, 0 or more, got "${value}"`);
  return Number(value);
}

export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError(`expected a port, 0 to 65535, got "${value}"`);
  return Number(value);
}
