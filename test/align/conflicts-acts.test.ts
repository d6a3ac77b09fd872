import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';

// Undated reports written for this test: one act told with different figures, years and months.
const REPORTS: Record<string, string> = {
  'hostages/a.txt': [
    'Rebels still hold buses in the north',
    '',
    'Rebels are holding about a dozen buses and nearly 300 passengers in camps near the border.',
    'The army said it would not negotiate.',
  ].join('\n'),
  'hostages/b.txt': [
    'Talks with rebels stall',
    '',
    'Mediators met the rebel leaders again in the capital.',
    'They still hold at least 14 coaches and more than 300 passengers to ransom.',
  ].join('\n'),
  'season/a.txt': ['Coach fired', '', 'Expectations were high for a team that won 40 games last season.'].join('\n'),
  'season/b.txt': ['Coach fired after slump', '', 'After a poor start, the team won 18 of its next 23 games.'].join('\n'),
  'singer/a.txt': [
    'Singer Mara Velt dies at 85',
    '',
    'In 1961, Velt disappeared from the stage and the public eye.',
    'Velt launched a perfume line called Aurum in December.',
  ].join('\n'),
  'singer/b.txt': [
    'Mara Velt, singer of the sixties, dead at 85',
    '',
    'Velt suddenly disappeared from the stage in 1962.',
    'Velt, who launched a perfume line called Aurum in September, spoke rarely to reporters.',
  ].join('\n'),
  'clinic/a.txt': ['Velt in clinic', '', 'Velt checked herself into the Linden clinic on Tuesday.'].join('\n'),
  'clinic/b.txt': ['Singer seeks treatment', '', 'After telling reporters in May that she felt fine, singer Mara Velt checked into the Linden clinic on Friday.'].join('\n'),
  'clinic/c.txt': ['Velt treated', '', 'Mara Velt has entered the Linden clinic, her agent confirmed to Radio Nord and reporters on Friday.'].join('\n'),
  'homes/a.txt': ['Woman killed in Queens hit-and-run', '', 'Police found Mina K. Dev, 59, of College Point, lying in the roadway on Friday.', 'A grey Camry struck Dev on 117th Street and fled, police said.', 'The driver, Ravi Sen, was charged with manslaughter.'].join('\n'),
  'homes/c.txt': ['Queens crash victim named', '', 'A grey Camry struck Mina Dev on 117th Street on Friday, police said. The victim was Mina K. Dev, 59, of Queens County\'s College Point.', '', 'Both sons live nearby.'].join('\n'),
  'homes/b.txt': ['Driver charged in Queens hit-and-run', '', 'Mina Dev, who lived in Forest Hills, was walking to a temple on Friday when a grey Camry struck her on 117th Street.', 'The driver, Ravi Sen, fled and was later charged with manslaughter, police said.'].join('\n'),
  'host/a.txt': ['Moss to host Oscars again', '', 'Lena Moss will host the Oscars for a second time in 2014, the Academy announced.', 'Moss is a comedian and talk-show host.'].join('\n'),
  'host/b.txt': ['Academy picks Lena Moss', '', 'Lena Moss, a comedian, first hosted the Oscars in 2007, to good reviews.', 'The Academy announced the choice on Friday.'].join('\n'),
  'bout/a.txt': ['Vasko stops Reyes', '', 'Dorian Vasko knocked Tomas Reyes down in the sixth round of their title fight in Hamburg on Saturday.'].join('\n'),
  'bout/b.txt': ['Vasko keeps title in Hamburg', '', 'Dorian Vasko knocked Tomas Reyes out in the seventh round of their title fight in Hamburg on Saturday night.'].join('\n'),
  'coach/a.txt': ['Hawks fire coach Sam Ovens', '', 'Sam Ovens is the fifth coach fired this season, after Lee Park of Denver.', 'The Hawks were 9-14.'].join('\n'),
  'coach/b.txt': ['Ovens out as Hawks coach', '', 'Ovens was named the 21st head coach in team history in May 2005.', 'The Hawks fired Sam Ovens on Saturday after a 9-14 start.'].join('\n'),
};
const folder = mkdtempSync(join(tmpdir(), 'triangulate-conflicts-acts-'));
after(() => rmSync(folder, { recursive: true, force: true }));
for (const [name, text] of Object.entries(REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

const conflictValues = (dossier: Awaited<ReturnType<typeof analyzeStory>>, kind: string) =>
  dossier.conflicts.filter((conflict) => conflict.kind === kind).map((conflict) => conflict.values.map((value) => value.value).sort());

test('one act counting one kind of thing differently is a number conflict, though the words around the figures differ', async () => {
  const dossier = await analyzeStory([join(folder, 'hostages')]);
  // "nearly 300" falls short of 300, "more than 300" passes it; buses and coaches are not read as one kind
  assert.deepEqual(conflictValues(dossier, 'number'), [['more than 300 passengers', 'nearly 300 passengers']]);
});

test('the whole a part is counted from ("18 of its next 23 games") is no count of its own', async () => {
  const dossier = await analyzeStory([join(folder, 'season')]);
  assert.deepEqual(conflictValues(dossier, 'number'), []);
});

test('one act dated by different years, and by different months with no year, is a date conflict', async () => {
  const dossier = await analyzeStory([join(folder, 'singer')]);
  const dates = conflictValues(dossier, 'date');
  assert.ok(dates.some((values) => values.join() === '1961,1962'), JSON.stringify(dates));
  assert.ok(dates.some((values) => values.join() === 'XXXX-09,XXXX-12'), JSON.stringify(dates));
  // a reader sees the months as written, with the month they mean
  const markdown = renderDossier(dossier, 'md');
  assert.match(markdown, /"December" \(Dec\)/);
  assert.match(markdown, /"September" \(Sep\)/);
});

test('one act put on two weekdays by undated reports is a date conflict; the day a statement was made is not the act\'s', async () => {
  const dossier = await analyzeStory([join(folder, 'clinic')]);
  const dates = dossier.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.deepEqual(dates[0]!.values.map((value) => value.value).sort(), ['XXXX-WXX-2', 'XXXX-WXX-5']);
  const sources = dates[0]!.values.flatMap((value) => value.articles).map((id) => dossier.articles.find((article) => article.id === id)!.source);
  assert.deepEqual(sources.map((source) => source.split('/').pop()).sort(), ['a.txt', 'b.txt']);
  assert.match(renderDossier(dossier, 'md'), /"Friday" \(a Friday\)/);
});

test('one person given two homes, one of them a name that opens like a body ("College Point"), is a place conflict', async () => {
  const dossier = await analyzeStory([join(folder, 'homes')]);
  // "Queens County's College Point" is College Point; the paragraph after it ("Both sons …") is no part of the home
  const homes = dossier.conflicts.filter((conflict) => conflict.kind === 'place');
  assert.deepEqual(homes.map((conflict) => conflict.values.map((value) => value.value).sort()), [['College Point', 'Forest Hills']]);
  assert.equal(homes[0]!.values.find((value) => value.value === 'College Point')!.articles.length, 2);
});

test('two times of a deed done more than once ("first hosted … in 2007", "for a second time in 2014") are no date conflict', async () => {
  const dossier = await analyzeStory([join(folder, 'host')]);
  assert.deepEqual(conflictValues(dossier, 'date'), []);
});

test('rounds of one bout ("in the sixth round", "in the seventh round") are places in a series, not counts that disagree', async () => {
  const dossier = await analyzeStory([join(folder, 'bout')]);
  assert.deepEqual(conflictValues(dossier, 'number'), []);
});

test('ordinals that rank in different series ("fifth coach fired this season", "21st head coach in team history") are no conflict', async () => {
  const dossier = await analyzeStory([join(folder, 'coach')]);
  assert.deepEqual(conflictValues(dossier, 'number'), []);
});
