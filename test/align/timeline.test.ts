import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readTimelineDate } from '../../src/align/timeline/read-timeline-date.ts';
import type { Dossier } from '../../src/model/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';

// The JSON contract of timeline[].date (acceptance README): YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM.
const CONTRACT_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

test('each TIMEX value becomes a contract date with the words a reader writes, or no date at all', () => {
  const rows: [value: string, text: string, expected: ReturnType<typeof readTimelineDate>][] = [
    ['2025-12-11', 'Thursday', { date: '2025-12-11', precision: 'day', label: '11 Dec 2025' }],
    ['2025-12', 'December', { date: '2025-12', precision: 'month', label: 'Dec 2025' }],
    ['2025', 'this year', { date: '2025', precision: 'year', label: '2025' }],
    ['196', 'the 1960s', { date: '1960', precision: 'decade', label: 'the 1960s' }],
    ['19', 'the 20th century', { date: '1900', precision: 'century', label: 'the 20th century' }],
    ['2025-W50', 'next week', { date: '2025-12-08', precision: 'week', label: 'the week of 8 Dec 2025' }],
    ['2026-W01', 'the first week of 2026', { date: '2025-12-29', precision: 'week', label: 'the week of 29 Dec 2025' }],
    ['2010-W17-WE', 'at the weekend', { date: '2010-05-01', precision: 'weekend', label: 'the weekend of 1 May 2010' }],
    ['2008-12-10TNI', 'last night', { date: '2008-12-10', precision: 'day', label: 'the night of 10 Dec 2008' }],
    ['2008-12-15TMO', 'Monday morning', { date: '2008-12-15', precision: 'day', label: 'the morning of 15 Dec 2008' }],
    ['2025-12-11T14:16', '2:16pm', { date: '2025-12-11T14:16', precision: 'time', label: '11 Dec 2025, 14:16' }],
    ['2012-Q2', 'the second quarter of 2012', { date: '2012-04', precision: 'quarter', label: 'Q2 2012' }],
    ['1972-SU', 'summer 1972', { date: '1972', precision: 'season', label: 'summer 1972' }],
    ['2025-H1', 'the first half of the year', { date: '2025-01', precision: 'half', label: 'the first half of 2025' }],
    // vague references are no point on a calendar
    ['PRESENT_REF', 'now', null],
    ['PAST_REF', 'recently', null],
    ['FUTURE_REF', 'in coming days', null],
    // "the fourth quarter" of a game, "lost his hat in the fall", "the Winter Meetings": no year, no date
    ['2012-Q4', 'the fourth quarter', null],
    ['2013-FA', 'the fall', null],
    ['2008-WI', 'Winter', null],
    ['2025-02-30', 'February 30', null],
    ['2021-W53', 'week 53', null], // 2021 has 52 ISO weeks
  ];
  for (const [value, text, expected] of rows) {
    const read = readTimelineDate({ value, text });
    assert.deepEqual(read, expected, `${value} ("${text}")`);
    if (read) assert.match(read.date, CONTRACT_DATE, value);
  }
});

// Two reports of one day written for this test, published on Friday 12 December 2025: a call on Thursday,
// a decade, next week, last night, at the weekend, vague references and a page stamp.
const MINISTER_REPORT = [
  'Minister calls Moscow as port dispute grows',
  '',
  'Published: 2025-12-12',
  '',
  'On Thursday the foreign minister Anna Berg called her Russian counterpart Pavel Orlov about the seized grain ship.',
  '',
  'In the 1960s the port of Varna was a small fishing harbour.',
  '',
  'Next week the parliament will vote on the new shipping treaty.',
  '',
  'Last night hundreds of protesters gathered outside the Russian embassy.',
  '',
  "The government is now reviewing the treaty, and officials recently met the ship's owners.",
  '',
  'Updated 5:40 p.m. ET',
].join('\n');
const PHONE_REPORT = [
  'Berg phones Orlov over grain ship',
  '',
  'Published: 2025-12-12',
  '',
  'Foreign minister Anna Berg called Pavel Orlov on Thursday to demand the release of the grain ship.',
  '',
  'The ship was seized at the weekend by coast guards near the port of Varna.',
  '',
  'Parliament will vote on the shipping treaty next week, officials said.',
  '',
  'Protesters gathered outside the Russian embassy last night, police said.',
].join('\n');

const folder = mkdtempSync(join(tmpdir(), 'triangulate-timeline-'));
after(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(join(folder, 'minister.txt'), MINISTER_REPORT);
writeFileSync(join(folder, 'phone.txt'), PHONE_REPORT);
const story = analyzeStory([folder]);

function rowLabelled(dossier: Dossier, label: string) {
  const row = dossier.timeline.find((entry) => entry.label === label);
  assert.ok(row, `a row for ${label}: ${dossier.timeline.map((entry) => entry.label).join(', ')}`);
  return row;
}

test('the timeline gives contract dates, never a vague reference, in chronological order', async () => {
  const { timeline } = await story;
  assert.ok(timeline.length >= 4);
  for (const entry of timeline) assert.match(entry.date, CONTRACT_DATE, `${entry.date} for "${entry.text}"`);
  assert.ok(!timeline.some((entry) => /\b(?:now|recently)\b/.test(entry.text)), 'no row for "now" or "recently"');
  assert.ok(!timeline.some((entry) => /^Updated\b/.test(entry.text)), 'a page stamp is no event');
  const dates = timeline.map((entry) => entry.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('each row is told by a sentence that holds its date, labelled as a reader writes it', async () => {
  const dossier = await story;
  assert.match(rowLabelled(dossier, 'the 1960s').text, /^In the 1960s the port .+ harbour\.$/);
  assert.equal(rowLabelled(dossier, 'the 1960s').date, '1960');
  const call = rowLabelled(dossier, '11 Dec 2025');
  assert.match(call.text, /\bcalled\b.*\bOrlov\b|\bOrlov\b.*\bcalled\b/);
  assert.equal(call.articles.length, 2, 'both outlets report the call');
  const vote = rowLabelled(dossier, 'the week of 15 Dec 2025');
  assert.equal(vote.precision, 'week');
  assert.equal(vote.date, '2025-12-15');
  assert.match(vote.text, /\bvote\b/);
  const protest = rowLabelled(dossier, 'the night of 11 Dec 2025');
  assert.equal(protest.date, '2025-12-11');
  assert.match(protest.text, /[Pp]rotesters gathered/);
  // every row's words hold a date expression of that row's date
  for (const entry of dossier.timeline) {
    const said = dossier.articles.flatMap((article) => article.dates).filter((date) => entry.text.includes(date.text) && readTimelineDate(date)?.date === entry.date);
    assert.ok(said.length, `"${entry.text}" says ${entry.label}`);
  }
});

test('Markdown and HTML show the label of each row', async () => {
  const dossier = await story;
  const markdown = renderDossier(dossier, 'md');
  assert.match(markdown, /^\| the 1960s \| In the 1960s .+ \| \[[AB]\] \|$/m);
  assert.match(markdown, /^\| the week of 15 Dec 2025 \| .+ \|$/m);
  const html = renderDossier(dossier, 'html');
  assert.match(html, /<tr><td>the night of 11 Dec 2025<\/td><td>[^<]*gathered/);
});

// "The call came one day after coast guards seized the ship": the seizure is dated, told by its own words.
const ANCHORED_REPORTS = {
  'first.txt': ['Berg and Orlov speak by phone', '', 'Published: 2025-12-12', '', 'Anna Berg and Pavel Orlov spoke by telephone on Thursday.', '', 'The call came one day after coast guards seized a grain ship near Varna.'].join('\n'),
  'second.txt': ['Phone call over grain ship', '', 'Published: 2025-12-12', '', 'Anna Berg called Pavel Orlov on Thursday.', '', 'The telephone call came one day after coast guards seized a grain ship near Varna.'].join('\n'),
};
const anchoredFolder = mkdtempSync(join(tmpdir(), 'triangulate-timeline-anchored-'));
after(() => rmSync(anchoredFolder, { recursive: true, force: true }));
for (const [name, text] of Object.entries(ANCHORED_REPORTS)) writeFileSync(join(anchoredFolder, name), text);

test('an event dated "one day after" another is told by its own words, not by the call', async () => {
  const dossier = await analyzeStory([anchoredFolder]);
  const call = dossier.timeline.find((entry) => entry.date === '2025-12-11');
  assert.ok(call, 'the call on Thursday');
  assert.doesNotMatch(call.text, /seized/);
  const seizure = dossier.timeline.find((entry) => entry.date === '2025-12-10');
  assert.ok(seizure, `the seizure the day before: ${dossier.timeline.map((entry) => `${entry.date} ${entry.text}`).join(' | ')}`);
  assert.match(seizure.text, /^coast guards seized a grain ship/);
  assert.equal(seizure.label, '10 Dec 2025');
  for (const evidence of seizure.evidence) assert.doesNotMatch(evidence.text, /\bcall\b/, 'the seizure cites the words of the seizure');
});

// Two days in one sentence, and a plan beside the event: each row tells its own day's event, as it happened.
const TWO_DAY_REPORTS = {
  'first.txt': ['Coast guards hold grain ship', '', 'Published: 2025-12-12', '', 'DUBLIN, Dec 12 (Reuters) - Coast guards seized the grain ship Aster near Varna on Tuesday and towed it to the port, where it stayed on Thursday.', '', 'Anna Berg was due to speak with Pavel Orlov later on Friday.'].join('\n'),
  'second.txt': ['Berg and Orlov talk', '', 'Published: 2025-12-13', '', 'Anna Berg spoke with Pavel Orlov by telephone on Friday about the grain ship Aster.', '', 'Coast guards seized the grain ship Aster near Varna on Tuesday.'].join('\n'),
};
const twoDayFolder = mkdtempSync(join(tmpdir(), 'triangulate-timeline-two-days-'));
after(() => rmSync(twoDayFolder, { recursive: true, force: true }));
for (const [name, text] of Object.entries(TWO_DAY_REPORTS)) writeFileSync(join(twoDayFolder, name), text);

test('a row tells the event of its own day: another day of the sentence is left out, a plan gives way to what happened, a dateline is no part of it', async () => {
  const dossier = await analyzeStory([twoDayFolder]);
  const rows = dossier.timeline.map((entry) => `${entry.date} ${entry.text}`).join(' | ');
  const thursday = dossier.timeline.find((entry) => entry.date === '2025-12-11');
  if (thursday) assert.doesNotMatch(thursday.text, /seized/, `Thursday's row does not tell Tuesday's seizure: ${rows}`);
  const friday = dossier.timeline.find((entry) => entry.date === '2025-12-12');
  assert.ok(friday, `a row for Friday: ${rows}`);
  assert.match(friday.text, /spoke/, `Friday's row tells the call as it happened: ${rows}`);
  for (const entry of dossier.timeline) assert.doesNotMatch(entry.text, /Reuters/, 'no row opens with the dateline');
});
