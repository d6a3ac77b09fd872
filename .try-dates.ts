import { readFileSync } from 'node:fs';
import { parseCalendarDay } from './src/annotate/dates/calendar.ts';
import { detectTense } from './src/annotate/dates/detect-tense.ts';
import * as rules from './src/annotate/dates/index.ts';
import { findDurations } from './src/annotate/dates/find-durations.ts';
import { findHolidays } from './src/annotate/dates/find-holidays.ts';
import { findMonthNames } from './src/annotate/dates/find-month-names.ts';
import { findQuarters } from './src/annotate/dates/find-quarters.ts';
import { findRelativeDays } from './src/annotate/dates/find-relative-days.ts';
import { findRelativePeriods } from './src/annotate/dates/find-relative-periods.ts';
import { findSeasons } from './src/annotate/dates/find-seasons.ts';
import { findSets } from './src/annotate/dates/find-sets.ts';
import { findVagueReferences } from './src/annotate/dates/find-vague-references.ts';
import { findWeekdays } from './src/annotate/dates/find-weekdays.ts';
import { findWithChrono } from './src/annotate/dates/find-with-chrono.ts';
import { findYears } from './src/annotate/dates/find-years.ts';
const docs = readFileSync('/work/shared/data/dates/tbaq.dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const all: [string, (c: any) => unknown][] = [['durations', findDurations], ['holidays', findHolidays], ['months', findMonthNames], ['quarters', findQuarters], ['reldays', findRelativeDays], ['relperiods', findRelativePeriods], ['seasons', findSeasons], ['sets', findSets], ['vague', findVagueReferences], ['weekdays', findWeekdays], ['years', findYears], ['chrono', (c: any) => findWithChrono(c, 'en')]];
for (const [name, rule] of all) {
  const t = performance.now();
  for (let pass = 0; pass < 3; pass++) for (const d of docs) rule({ text: d.text, reference: parseCalendarDay(d.dct), tenseAround: (s: number, e: number) => detectTense(d.text, s, e) });
  console.log(name.padEnd(12), ((performance.now() - t) / 3).toFixed(0), 'ms');
}
const t = performance.now();
for (const d of docs) rules.findTemporalExpressions(d.text, { published: d.dct });
console.log('all', (performance.now() - t).toFixed(0));
