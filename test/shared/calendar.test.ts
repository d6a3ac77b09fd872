import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays, addMonths, daysInMonth, easterSunday, formatCalendarDay, isoWeek, isoWeekday, isValidDay, MONTH_ABBREVIATIONS,
  MONTH_NAME, MONTH_NAMES, MONTH_NAMES_BY_LANGUAGE, MONTH_NUMBERS, nthWeekdayOfMonth, parseCalendarDay, WEEKDAY_NAME,
  WEEKDAY_NAMES, WEEKDAY_NAMES_BY_LANGUAGE, WEEKDAY_NUMBERS, type CalendarDay,
} from '../../src/shared/calendar/index.ts';

const day = (text: string): CalendarDay => parseCalendarDay(text)!;

test('days in a month: February has 29 days in leap years only', () => {
  // [year, month, days]
  const rows: [number, number, number][] = [
    [2024, 2, 29], [2025, 2, 28], [2000, 2, 29], [1900, 2, 28], [2100, 2, 28], [4, 2, 29],
    [2025, 1, 31], [2025, 4, 30], [2025, 9, 30], [2025, 12, 31],
  ];
  for (const [year, month, days] of rows) assert.equal(daysInMonth(year, month), days, `${year}-${month}`);
});

test('a day is valid when its month has it', () => {
  // [year, month, day, valid]
  const rows: [number, number, number, boolean][] = [
    [2024, 2, 29, true], [2025, 2, 29, false], [2025, 2, 30, false], [2025, 4, 31, false], [2025, 12, 31, true],
    [2025, 13, 1, false], [2025, 0, 1, false], [2025, 1, 0, false], [50, 1, 1, true],
  ];
  for (const [year, month, dayOfMonth, valid] of rows) assert.equal(isValidDay(year, month, dayOfMonth), valid, `${year}-${month}-${dayOfMonth}`);
});

test('reading and writing a day', () => {
  // [text, day written back, or null when it is no day]
  const rows: [string | null, string | null][] = [
    ['2025-12-14', '2025-12-14'], ['2025-12-14T10:00:00Z', '2025-12-14'], ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null], ['2025-12', null], ['14/12/2025', null], ['', null], [null, null], ['0050-03-01', '0050-03-01'],
  ];
  for (const [text, written] of rows) {
    const parsed = parseCalendarDay(text);
    assert.equal(parsed && formatCalendarDay(parsed), written, String(text));
  }
});

test('the weekday of a day, Monday 1 to Sunday 7', () => {
  // [day, ISO weekday]
  const rows: [string, number][] = [
    ['2025-12-14', 7], ['2025-12-11', 4], ['2025-12-15', 1], ['1970-01-01', 4], ['1969-12-31', 3],
    ['2000-02-29', 2], ['1990-08-15', 3], ['0050-01-01', 6],
  ];
  for (const [text, weekday] of rows) assert.equal(isoWeekday(day(text)), weekday, text);
});

test('adding days and months', () => {
  // [day, days added, result]
  const dayRows: [string, number, string][] = [
    ['2025-12-14', -3, '2025-12-11'], ['2025-12-31', 1, '2026-01-01'], ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'], ['2025-03-01', -1, '2025-02-28'], ['0050-01-01', -1, '0049-12-31'],
  ];
  for (const [text, days, result] of dayRows) assert.equal(formatCalendarDay(addDays(day(text), days)), result, `${text} + ${days}`);
  // [day, months added, result]: the day is clamped to the month's end
  const monthRows: [string, number, string][] = [
    ['2025-03-31', -1, '2025-02-28'], ['2024-03-31', -1, '2024-02-29'], ['2025-01-15', -1, '2024-12-15'], ['2025-11-30', 14, '2027-01-30'],
  ];
  for (const [text, months, result] of monthRows) assert.equal(formatCalendarDay(addMonths(day(text), months)), result, `${text} + ${months} months`);
});

test('ISO weeks: week 1 holds the year first Thursday', () => {
  // [day, ISO year, week]
  const rows: [string, number, number][] = [
    ['1998-01-08', 1998, 2], ['2025-12-14', 2025, 50], ['2024-12-30', 2025, 1], ['2021-01-03', 2020, 53], ['2026-01-01', 2026, 1],
  ];
  for (const [text, year, week] of rows) assert.deepEqual(isoWeek(day(text)), { year, week }, text);
});

test('holidays: the n-th weekday of a month, and Easter', () => {
  assert.equal(formatCalendarDay(nthWeekdayOfMonth(2025, 11, 4, 4)), '2025-11-27'); // Thanksgiving
  assert.equal(formatCalendarDay(nthWeekdayOfMonth(2025, 9, 1, 1)), '2025-09-01'); // Labor Day
  // [year, Easter Sunday]
  const rows: [number, string][] = [[2025, '2025-04-20'], [2024, '2024-03-31'], [2000, '2000-04-23'], [2019, '2019-04-21']];
  for (const [year, easter] of rows) assert.equal(formatCalendarDay(easterSunday(year)), easter, String(year));
});

test('month names and abbreviations, "Sept" included', () => {
  // [word, month]
  const rows: [string, number][] = [
    ['january', 1], ['jan', 1], ['may', 5], ['june', 6], ['jun', 6], ['september', 9], ['sept', 9], ['sep', 9], ['dec', 12],
  ];
  for (const [word, month] of rows) assert.equal(MONTH_NUMBERS[word], month, word);
  assert.equal(MONTH_NUMBERS['mai'], undefined);
  assert.equal(MONTH_NAMES.length, 12);
  assert.equal(MONTH_ABBREVIATIONS[8], 'Sep');
  const monthName = new RegExp(`^${MONTH_NAME}$`);
  // [text, a month name as prose writes it]
  const nameRows: [string, boolean][] = [['June', true], ['Sept.', true], ['Sep.', true], ['Aug.', true], ['Aug', false], ['may', false], ['May.', false]];
  for (const [text, isName] of nameRows) assert.equal(monthName.test(text), isName, text);
});

test('weekday names and abbreviations', () => {
  // [word, ISO weekday]
  const rows: [string, number][] = [['monday', 1], ['mon', 1], ['tues', 2], ['thur', 4], ['thurs', 4], ['thu', 4], ['sunday', 7], ['sun', 7]];
  for (const [word, weekday] of rows) assert.equal(WEEKDAY_NUMBERS[word], weekday, word);
  assert.deepEqual(WEEKDAY_NAMES.map((name) => WEEKDAY_NUMBERS[name]), [1, 2, 3, 4, 5, 6, 7]);
  assert.ok(new RegExp(`^${WEEKDAY_NAME}$`).test('Thursday'));
  assert.ok(!new RegExp(`^${WEEKDAY_NAME}$`).test('thursday'));
});

test('every language names twelve months and seven weekdays', () => {
  for (const [language, names] of Object.entries(MONTH_NAMES_BY_LANGUAGE)) assert.equal(new Set(names).size, 12, language);
  for (const [language, names] of Object.entries(WEEKDAY_NAMES_BY_LANGUAGE)) assert.equal(new Set(names).size, 7, language);
  assert.equal(MONTH_NAMES_BY_LANGUAGE['fr']![7], 'août');
  assert.equal(WEEKDAY_NAMES_BY_LANGUAGE['it']![6], 'domenica');
});
