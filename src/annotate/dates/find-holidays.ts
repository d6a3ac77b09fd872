import { addDays, easterSunday, nthWeekdayOfMonth, toDayNumber, type CalendarDay } from '../../shared/calendar/index.ts';
import { makeCandidate, matchesOf, type RuleContext, type TemporalCandidate } from './rule-context.ts';
import { formatDay, formatWeek } from './timex-value.ts';

const RULE = 'holidays';

type DayOfYear = (year: number) => CalendarDay;

const fixed = (month: number, day: number): DayOfYear => (year) => ({ year, month, day });
const lastWeekdayOfMonth = (month: number, weekday: number): DayOfYear => (year) => {
  const fifth = nthWeekdayOfMonth(year, month, weekday, 5);
  return fifth.month === month ? fifth : nthWeekdayOfMonth(year, month, weekday, 4);
};

/** Holidays with a fixed rule (US and Christian calendars, as in the TimeBank and AP stories). */
const HOLIDAYS: readonly (readonly [RegExp, DayOfYear])[] = Object.freeze([
  [/^Christmas Eve$/i, fixed(12, 24)],
  [/^(?:Christmas|Christmas Day|Xmas)$/i, fixed(12, 25)],
  [/^Boxing Day$/i, fixed(12, 26)],
  [/^New Year['’]?s Eve$/i, fixed(12, 31)],
  [/^New Year['’]?s(?: Day)?$/i, fixed(1, 1)],
  [/^(?:Valentine['’]?s Day)$/i, fixed(2, 14)],
  [/^(?:Independence Day|the Fourth of July|July Fourth)$/i, fixed(7, 4)],
  [/^Halloween$/i, fixed(10, 31)],
  [/^(?:Veterans|Armistice) Day$/i, fixed(11, 11)],
  [/^Thanksgiving(?: Day)?$/i, (year) => nthWeekdayOfMonth(year, 11, 4, 4)],
  [/^Labor Day$/i, (year) => nthWeekdayOfMonth(year, 9, 1, 1)],
  [/^Memorial Day$/i, lastWeekdayOfMonth(5, 1)],
  [/^Martin Luther King(?: Jr\.?)? Day$/i, (year) => nthWeekdayOfMonth(year, 1, 1, 3)],
  [/^Easter(?: Sunday)?$/i, easterSunday],
  [/^Good Friday$/i, (year) => addDays(easterSunday(year), -2)],
  [/^Easter Monday$/i, (year) => addDays(easterSunday(year), 1)],
]);

const HOLIDAY =
  /\b(?:Christmas Eve|Christmas Day|Christmas|Xmas|Boxing Day|New Year['’]?s Eve|New Year['’]?s Day|New Year['’]?s(?= holiday| celebrations?| party)|Valentine['’]?s Day|Independence Day|the Fourth of July|July Fourth|Halloween|Veterans Day|Armistice Day|Thanksgiving Day|Thanksgiving|Labor Day|Memorial Day|Martin Luther King(?: Jr\.?)? Day|Easter Sunday|Easter Monday|Good Friday|Easter)\b(?:\s+(?<week>week))?(?:,?\s+(?<year>[12]\d{3})\b)?/g;

// what a text needs for each pattern to find anything there (see matchesOf): a word every match holds
const HOLIDAY_NEEDS = /Christmas|Xmas|Boxing Day|New Year|Valentine|Independence Day|Fourth|Halloween|Veterans Day|Armistice Day|Thanksgiving|Labor Day|Memorial Day|Martin Luther King|Easter|Good Friday/;

/** Holidays on their day, in the year the past bias gives ("at Christmas" in a March story is last Christmas). */
export function findHolidays(context: RuleContext): TemporalCandidate[] {
  const { reference } = context;
  const found: TemporalCandidate[] = [];
  for (const match of matchesOf(HOLIDAY, context.text, HOLIDAY_NEEDS)) {
    const name = match[0].replace(/\s+week\b.*$|,?\s+[12]\d{3}$/i, '');
    const rule = HOLIDAYS.find(([pattern]) => pattern.test(name));
    if (!rule) continue;
    const end = match.index + match[0].length;
    const explicitYear = match.groups!['year'] ? Number(match.groups!['year']) : null;
    let day: CalendarDay | null = null;
    if (explicitYear !== null) {
      day = rule[1](explicitYear);
    } else if (reference) {
      const tense = context.tenseAround(match.index, end);
      const thisYear = rule[1](reference.year);
      const ahead = toDayNumber(thisYear) > toDayNumber(reference);
      if (tense === 'future') day = ahead || toDayNumber(thisYear) === toDayNumber(reference) ? thisYear : rule[1](reference.year + 1);
      else day = ahead ? rule[1](reference.year - 1) : thisYear;
    }
    const value = day === null ? placeholderOf(rule[1]) : match.groups!['week'] ? formatWeek(day) : formatDay(day);
    found.push(makeCandidate(context, match.index, end, value, RULE));
  }
  return found;
}

/** With no publication day: "Christmas" is still XXXX-12-25; Easter, which moves, is XXXX-XX-XX. */
function placeholderOf(dayOfYear: DayOfYear): string {
  const [one, other] = [dayOfYear(2001), dayOfYear(2002)];
  return one.month === other.month && one.day === other.day ? `XXXX${formatDay(one).slice(4)}` : 'XXXX-XX-XX';
}
