import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { compatibleValues } from '../../src/align/timeline/date-values.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';
import { sharedPath } from '../shared-folder.ts';

const seeds = analyzeStory([sharedPath('seeds')]);

// Two reports of one strike day written for this test: the injured are counted differently (a conflict),
// the tanker's cargo is given with different precision (not a conflict).
const RIOT_REPORT = [
  "Riot police clash with protesters in Athens",
  "",
  "Published: 2010-05-06",
  "",
  "Police said 12 people were injured in the riots outside parliament in Athens on Wednesday.",
  "",
  "Tens of thousands of workers joined the general strike against the austerity package, and unions vowed to keep up the pressure on the government.",
  "",
  "Coast guards boarded a tanker carrying more than one million barrels of crude near Piraeus on Wednesday, officials said.",
  "",
  "Shops in the city centre stayed shut and ferries remained in port for the whole day.",
  "",
  "Hospitals worked with emergency staff only, according to the health ministry.",
  "",
  "The finance minister is expected to present a second package of measures next month.",
  "",
  "Several banks were attacked with petrol bombs by masked youths near Syntagma Square.",
  "",
  "Tourism operators warned that cancellations were rising ahead of the summer season.",
].join('\n');
const STRIKE_REPORT = [
  "Greek strike turns violent as parliament debates cuts",
  "",
  "Published: 2010-05-06",
  "",
  "Eighteen people were injured in the riots outside parliament in Athens on Wednesday, police said.",
  "",
  "Prime Minister George Papandreou told lawmakers the cuts were needed to secure the bailout, while the opposition accused him of betraying voters.",
  "",
  "Coast guards seized a tanker with 1.1 million barrels of crude off Piraeus on Wednesday.",
  "",
  "Air traffic controllers walked out, grounding all domestic and international flights.",
  "",
  "Teachers and civil servants marched separately before joining the main rally.",
  "",
  "European leaders meet in Brussels on Friday to discuss the rescue fund for the euro zone.",
  "",
  "Bond markets reacted calmly to the unrest, analysts in London said.",
  "",
  "Trade unions said another strike would be called if the cuts are passed.",
].join('\n');
// Two reports of one shelling written for this test: each blames the other side.
const SHELLING_REPORT = [
  "Shelling hits southern port",
  "",
  "Published: 2024-03-06",
  "",
  "Russian forces shelled the port of Kherson on Tuesday night, killing three civilians and damaging a grain terminal, regional officials said.",
  "",
  "Rescue teams worked through the night to clear the rubble near the river station.",
  "",
  "The regional governor ordered schools in the city to move classes online for the rest of the week.",
  "",
  "Power was restored to most homes by Wednesday morning, the local energy company said.",
].join('\n');
const BLAME_REPORT = [
  "Civilians killed as port comes under fire",
  "",
  "Published: 2024-03-06",
  "",
  "Ukrainian forces shelled the port of Kherson on Tuesday night, killing three civilians and damaging a grain terminal, according to local officials.",
  "",
  "Firefighters struggled for hours to put out a blaze at a fuel depot on the edge of the city.",
  "",
  "Residents said air raid sirens sounded repeatedly throughout the evening.",
  "",
  "Traffic on the main bridge was halted while engineers inspected the damage.",
].join('\n');
const folder = mkdtempSync(join(tmpdir(), 'triangulate-conflicts-'));
for (const [name, text] of Object.entries({ 'riot.txt': RIOT_REPORT, 'strike.txt': STRIKE_REPORT, 'shelling/a.txt': SHELLING_REPORT, 'shelling/b.txt': BLAME_REPORT })) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}
const strikeDay = analyzeStory([join(folder, 'riot.txt'), join(folder, 'strike.txt')]);
const shelling = analyzeStory([join(folder, 'shelling')]);
after(() => rmSync(folder, { recursive: true, force: true }));

test('aligned statements that count the injured differently are a number conflict', async () => {
  const dossier = await strikeDay;
  const numbers = dossier.conflicts.filter((conflict) => conflict.kind === 'number');
  assert.equal(numbers.length, 1);
  const [conflict] = numbers;
  assert.deepEqual(conflict!.values.map((value) => value.value).sort(), ['12 people', 'Eighteen people']);
  assert.equal(new Set(conflict!.values.flatMap((value) => value.articles)).size, 2, 'each figure from its own article');
});

test('"more than one million barrels" and "1.1 million barrels" in one fact are a difference of precision, not a conflict', async () => {
  const dossier = await strikeDay;
  const cargo = dossier.facts.find((fact) => fact.evidence.some((item) => item.text.includes('1.1 million barrels')));
  assert.ok(cargo, 'the two cargo statements are one fact');
  assert.ok(cargo.evidence.some((item) => item.text.includes('more than one million barrels')));
  assert.ok(!dossier.conflicts.some((conflict) => conflict.values.some((value) => /barrel/.test(value.value))));
});

test('a place given as where the goods came from by one outlet and where they went by another is a place conflict', async () => {
  const dossier = await seeds;
  const places = dossier.conflicts.filter((conflict) => conflict.kind === 'place');
  assert.ok(places.length > 0);
  for (const conflict of places) {
    assert.ok(new Set(conflict.values.flatMap((value) => value.articles)).size >= 2);
    for (const value of conflict.values) assert.ok(value.evidence.every((item) => item.text.includes(value.value)), 'the value is said in its evidence');
  }
  const values = places.flatMap((conflict) => conflict.values.map((value) => value.value));
  assert.ok(values.some((value) => /\bfrom\b/.test(value)) && values.some((value) => /\bto\b/.test(value)));
});

test('date conflicts set calendar dates against each other that are not a difference of precision', async () => {
  const dossier = await seeds;
  const dates = dossier.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.ok(dates.length > 0);
  for (const conflict of dates) {
    const values = conflict.values.map((value) => value.value);
    assert.ok(values.every((value) => /^\d{4}(-\d{2}){0,2}$/.test(value)));
    assert.ok(values.some((a, i) => values.some((b, j) => j > i && !compatibleValues(a, b))));
  }
});

test('aligned statements that give one deed to different doers are an actor conflict', async () => {
  const dossier = await shelling;
  const actors = dossier.conflicts.filter((conflict) => conflict.kind === 'actor');
  assert.equal(actors.length, 1);
  assert.deepEqual(actors[0]!.values.map((value) => value.value).sort(), ['Russia', 'Ukraine']);
  assert.ok(actors[0]!.factId && dossier.facts.some((fact) => fact.id === actors[0]!.factId), 'the conflict points at the fact it lies in');
});

test('the same people told in two spellings are no actor or speaker conflict', async () => {
  const dossier = await seeds;
  for (const conflict of dossier.conflicts.filter((item) => item.kind === 'actor' || item.kind === 'speaker')) {
    const names = conflict.values.map((value) => value.value);
    assert.ok(names.every((name, i) => names.every((other, j) => i === j || !other.endsWith(name))), names.join(' / '));
  }
});

test('the Markdown gives a date conflict in the words each outlet used, with the date they mean', async () => {
  const dossier = await seeds;
  const markdown = renderDossier(dossier, 'md');
  const dates = dossier.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.ok(dates.length > 0);
  for (const conflict of dates) {
    for (const value of conflict.values) {
      const [item] = value.evidence;
      const article = dossier.articles.find((candidate) => candidate.id === item!.articleId)!;
      const said = article.dates.find((date) => date.start >= item!.start && date.end <= item!.end && date.value.startsWith(value.value));
      assert.ok(said, `a date expression inside the evidence of ${value.value}`);
      assert.ok(markdown.includes(`"${said.text}" (`), `the report quotes "${said.text}"`);
    }
  }
});

// Three reports of one climbing accident written for this test: two on the day give the fall in metres
// and in feet (the same distance), a third gives another distance; two dated a day apart count the dead.
const CLIMB_REPORTS: Record<string, string> = {
  'climb/first.txt': [
    "Climber dies in fall on glacier",
    "",
    "Published: 2013-09-14",
    "",
    "A 36-year-old climber died on Friday after slipping and falling about 60 metres from a ridge near the glacier, police said.",
    "",
    "Rescue teams reached the body by helicopter in the afternoon.",
    "",
    "The avalanche killed three people in the valley below the pass, officials said.",
  ].join('\n'),
  'climb/second.txt': [
    "Mountain claims another life",
    "",
    "Published: 2013-09-14",
    "",
    "A 36-year-old climber died on Friday after slipping and falling about 200 feet from a ridge near the glacier, police said.",
    "",
    "The weather in the park had been poor for most of the week.",
  ].join('\n'),
  'climb/third.txt': [
    "Climber killed in glacier fall",
    "",
    "Published: 2013-09-15",
    "",
    "A 36-year-old climber died on Friday after slipping and falling about 150 metres from a ridge near the glacier, police said.",
    "",
    "The avalanche killed seven people in the valley below the pass, officials said.",
  ].join('\n'),
};
for (const [name, text] of Object.entries(CLIMB_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}
const climb = analyzeStory([join(folder, 'climb')]);

test('a fall in metres and the same fall in feet agree; a fall of another distance is a number conflict', async () => {
  const dossier = await climb;
  const distances = dossier.conflicts.filter((conflict) => conflict.kind === 'number' && conflict.values.some((value) => /metres|feet/.test(value.value)));
  assert.equal(distances.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.values.map((value) => value.value))));
  const [conflict] = distances;
  const valueOf = (said: RegExp) => conflict!.values.find((value) => value.evidence.some((item) => said.test(item.text)));
  assert.ok(valueOf(/150 metres/), 'the 150 metres are one value');
  assert.equal(valueOf(/60 metres/), valueOf(/200 feet/), '60 metres and 200 feet are one value');
  assert.notEqual(valueOf(/60 metres/), valueOf(/150 metres/));
  for (const value of conflict!.values) for (const item of value.evidence) assert.ok(value.articles.includes(item.articleId), 'each value cites its own articles');
});

test('a count that grows from one day\'s report to the next is shown as an update, with the dates', async () => {
  const dossier = await climb;
  const toll = dossier.conflicts.find((conflict) => conflict.kind === 'number' && conflict.values.some((value) => /seven people/.test(value.value)));
  assert.ok(toll, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.match(toll.about, /update, from three people \(2013-09-14\) to seven people \(2013-09-15\)/);
  assert.equal(new Set(toll.values.flatMap((value) => value.articles)).size, 2);
});

// Two reports of one seizure written for this test, both dated Wednesday 5 March 2025: "on Tuesday" is
// 4 March, "Monday" 3 March.
const SEIZURE_REPORTS: Record<string, string> = {
  'seizure/a.txt': [
    "Coast guard seizes tanker",
    "",
    "Published: 2025-03-05",
    "",
    "The coast guard seized the oil tanker Aurora on Tuesday after a long chase, officials said.",
    "",
    "The crew of twenty was taken to a naval base for questioning.",
  ].join('\n'),
  'seizure/b.txt': [
    "Tanker seized after chase",
    "",
    "Published: 2025-03-05",
    "",
    "The coast guard seized the oil tanker Aurora on Monday after a long chase, according to officials.",
    "",
    "Shipping companies said insurance costs in the region were rising.",
  ].join('\n'),
};
for (const [name, text] of Object.entries(SEIZURE_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}
const seizure = analyzeStory([join(folder, 'seizure')]);

test('"on Tuesday" and "Monday" in two articles of one Wednesday are a date conflict, each weekday read against its article\'s date', async () => {
  const dossier = await seizure;
  const dates = dossier.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(dossier.conflicts));
  assert.deepEqual(dates[0]!.values.map((value) => value.value).sort(), ['2025-03-03', '2025-03-04']);
  assert.equal(new Set(dates[0]!.values.flatMap((value) => value.articles)).size, 2);
});

// Two reports of one arrest written for this test: the driver's home differs, the ship's bearing from
// the port differs; the photographer's agency ("of the Associated Press") is no home.
const ARREST_REPORTS: Record<string, string> = {
  'arrest/a.txt': [
    "Driver charged after crash",
    "",
    "Published: 2024-06-07",
    "",
    "Police arrested Daniel Okafor, 41, of Bloomington, after the crash on Main Street on Thursday.",
    "",
    "The cargo ship was attacked by pirates 120 nautical miles east of Aden on Thursday, the navy said.",
    "",
    "Photographs by Maria Lopez, of the Associated Press, showed the wrecked car.",
  ].join('\n'),
  'arrest/b.txt': [
    "Man held over fatal crash",
    "",
    "Published: 2024-06-07",
    "",
    "Daniel Okafor, 41, of Minneapolis, was arrested after the crash on Main Street, police said.",
    "",
    "Pirates attacked the cargo ship 120 nautical miles west of Aden on Thursday, according to the navy.",
    "",
    "Maria Lopez, of Reuters, took pictures at the scene.",
  ].join('\n'),
};
for (const [name, text] of Object.entries(ARREST_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}
const arrest = analyzeStory([join(folder, 'arrest')]);

test('one person given two homes by two outlets is a place conflict; an agency after a name is no home', async () => {
  const dossier = await arrest;
  const homes = dossier.conflicts.filter((conflict) => conflict.kind === 'place' && /lives/.test(conflict.about));
  assert.equal(homes.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.deepEqual(homes[0]!.values.map((value) => value.value).sort(), ['Bloomington', 'Minneapolis']);
  assert.match(homes[0]!.about, /Okafor/);
  for (const value of homes[0]!.values) {
    assert.equal(value.articles.length, 1);
    assert.ok(value.evidence.every((item) => item.text.includes(value.value) && value.articles.includes(item.articleId)));
  }
});

// Three reports of one hit-and-run written for this test: the victim lives in a neighbourhood of a
// borough by one, in the borough by another (less precise, not otherwise), and in another neighbourhood
// by the third.
const QUEENS_REPORTS: Record<string, string> = {
  'queens/a.txt': ['Woman killed by hit-and-run driver', '', 'Published: 2013-09-28', '', 'Asha Verma, 59, of Linden Hollow, was struck by a car on Friday night, police said.'].join('\n'),
  'queens/b.txt': ['Driver flees after fatal crash', '', 'Published: 2013-09-28', '', 'Police said Asha Verma, 59, of Queens, was struck by a car on Friday night.'].join('\n'),
  'queens/c.txt': ['Hit-and-run driver charged', '', 'Published: 2013-09-29', '', 'Asha Verma, 59, of Marsh Point, was struck by a car on Friday night, police said.'].join('\n'),
};
for (const [name, text] of Object.entries(QUEENS_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

test('a home in a borough is no conflict with a neighbourhood the gazetteer does not know; two neighbourhoods are', async () => {
  const twoReports = await analyzeStory([join(folder, 'queens/a.txt'), join(folder, 'queens/b.txt')]);
  assert.deepEqual(twoReports.conflicts.filter((conflict) => /lives/.test(conflict.about)), [], 'Queens holds Linden Hollow');
  const dossier = await analyzeStory([join(folder, 'queens')]);
  const homes = dossier.conflicts.filter((conflict) => conflict.kind === 'place' && /lives/.test(conflict.about));
  assert.equal(homes.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.deepEqual(homes[0]!.values.map((value) => value.value).sort(), ['Linden Hollow', 'Marsh Point']);
});

// Reports of one climbing death written for this test: two of one week give the climber two ages; a
// report of the inquest a year later gives him a year more, which a birthday explains.
const AGE_REPORTS: Record<string, string> = {
  'ages/a.txt': ['Climber dies in fall', '', 'Published: 2013-09-15', '', 'On Saturday, 32-year-old Englishman Tomas Hale fell about 600 metres while climbing to a hut.'].join('\n'),
  'ages/b.txt': ['British climber killed', '', 'Published: 2013-09-16', '', 'Tomas Hale, 31, fell about 600 metres while climbing to a small hut on Saturday, police said.'].join('\n'),
  'inquest/a.txt': ['Climber dies in fall', '', 'Published: 2013-09-15', '', 'On Saturday, 32-year-old Englishman Tomas Hale fell about 600 metres while climbing to a hut.'].join('\n'),
  'inquest/b.txt': ['Inquest into climber death', '', 'Published: 2014-10-20', '', 'Tomas Hale, 33, fell about 600 metres while climbing to a small hut, the inquest heard.'].join('\n'),
};
for (const [name, text] of Object.entries(AGE_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

test('one person given two ages by reports of one week is a number conflict; reports a year apart are not compared', async () => {
  const dossier = await analyzeStory([join(folder, 'ages')]);
  const ages = dossier.conflicts.filter((conflict) => /how old/.test(conflict.about));
  assert.equal(ages.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.equal(ages[0]!.kind, 'number');
  assert.deepEqual(ages[0]!.values.map((value) => value.value).sort(), ['31', '32']);
  assert.match(ages[0]!.about, /Tomas Hale/);
  const later = await analyzeStory([join(folder, 'inquest')]);
  assert.deepEqual(later.conflicts.filter((conflict) => /how old/.test(conflict.about)), []);
});

test('"east of Aden" against "west of Aden" for one attack is a place conflict', async () => {
  const dossier = await arrest;
  const sides = dossier.conflicts.filter((conflict) => conflict.kind === 'place' && conflict.values.some((value) => /of Aden/.test(value.value)));
  assert.equal(sides.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.deepEqual(sides[0]!.values.map((value) => value.value).sort(), ['east of Aden', 'west of Aden']);
  assert.equal(new Set(sides[0]!.values.flatMap((value) => value.articles)).size, 2);
});

// Two reports of one courthouse shooting written for this test: the shooting is put inside the
// courtroom by one and outside it by the other; the crowd outside the building and the workers locked
// in it are two things.
const COURT_REPORTS: Record<string, string> = {
  'court/a.txt': [
    "Gunman kills judge in courthouse",
    "",
    "Published: 2005-03-12",
    "",
    "The gunman burst into the courtroom and shot and killed Judge Rowan Barnes on Friday morning, police said.",
    "",
    "Protesters gathered outside the building as the manager was accused of locking workers in the building.",
  ].join('\n'),
  'court/b.txt': [
    "Judge shot dead in Atlanta",
    "",
    "Published: 2005-03-12",
    "",
    "Outside the courtroom, the gunman shot and killed Judge Rowan Barnes on Friday morning, according to police.",
    "",
    "Clashes erupted outside the building while staff stayed locked in the building for hours.",
  ].join('\n'),
};
for (const [name, text] of Object.entries(COURT_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}
const court = analyzeStory([join(folder, 'court')]);

test('one killing put inside the courtroom by one outlet and outside it by another is a place conflict; other deeds beside a building are not', async () => {
  const dossier = await court;
  const sides = dossier.conflicts.filter((conflict) => conflict.kind === 'place' && /where it happened/.test(conflict.about));
  assert.equal(sides.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.deepEqual(sides[0]!.values.map((value) => value.value.toLowerCase()).sort(), ['into the courtroom', 'outside the courtroom']);
  assert.equal(new Set(sides[0]!.values.flatMap((value) => value.articles)).size, 2);
});

// The same words given by one outlet to two producers together, by another to one of them: no speaker conflict.
const PRODUCER_REPORTS: Record<string, string> = {
  'producers/a.txt': [
    'Festival names its host',
    '',
    'Published: 2024-05-02',
    '',
    'The film festival named the comedian Ada Brennan as the host of its closing gala on Thursday.',
    '',
    '"She is the most generous performer we know," producers Lina Varga and Tomas Ekberg said in a statement.',
  ].join('\n'),
  'producers/b.txt': [
    'Brennan to host the gala',
    '',
    'Published: 2024-05-02',
    '',
    'Comedian Ada Brennan will host the closing gala of the film festival, organisers said on Thursday.',
    '',
    '"She is the most generous performer we know," said Lina Varga, one of the producers.',
  ].join('\n'),
};
for (const [name, text] of Object.entries(PRODUCER_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

test('words one outlet gives to two people together and another to one of them are no speaker conflict', async () => {
  const dossier = await analyzeStory([join(folder, 'producers')]);
  assert.ok(dossier.quoteVariants.length >= 1 || dossier.quotes.length >= 2, 'the quote is read in both articles');
  assert.ok(!dossier.conflicts.some((conflict) => conflict.kind === 'speaker'), JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
});

// Reports of one title fight written for this test: two of one day give the winner two records and count
// his defences differently; a third, a week later, gives his record after another bout.
const BOUT_REPORTS: Record<string, string> = {
  'bout/a.txt': ['Marek Dolan keeps his title', '', 'Published: 2011-03-06', '', 'Marek Dolan (41-2, 30 KOs) stopped Ivo Brandt in the ninth round on Saturday night in Leipzig.', '', 'Dolan is the fourth champion of the federation since Karl Weiss took over the body in 2004.'].join('\n'),
  'bout/b.txt': ['Dolan stops Brandt', '', 'Published: 2011-03-06', '', 'Champion Marek Dolan, 42-2, 31 KOs, stopped Ivo Brandt in the ninth round in Leipzig on Saturday.', '', 'Dolan is the fifth champion of the federation under Karl Weiss.'].join('\n'),
};
for (const [name, text] of Object.entries(BOUT_REPORTS)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), text);
}

test('one fighter given two records by reports of one day is a number conflict, with each record as written', async () => {
  const dossier = await analyzeStory([join(folder, 'bout')]);
  const records = dossier.conflicts.filter((conflict) => /record/.test(conflict.about));
  assert.equal(records.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.about)));
  assert.equal(records[0]!.kind, 'number');
  assert.deepEqual(records[0]!.values.map((value) => value.value).sort(), ['41-2', '42-2']);
  assert.match(records[0]!.about, /Dolan/);
  assert.equal(new Set(records[0]!.values.flatMap((value) => value.articles)).size, 2);
});

test('"the fourth champion" against "the fifth champion" of one series is a number conflict; the ninth round both give is none', async () => {
  const dossier = await analyzeStory([join(folder, 'bout')]);
  const ordinals = dossier.conflicts.filter((conflict) => conflict.kind === 'number' && conflict.values.some((value) => /fourth|fifth/.test(value.value)));
  assert.equal(ordinals.length, 1, JSON.stringify(dossier.conflicts.map((conflict) => conflict.values.map((value) => value.value))));
  assert.deepEqual(ordinals[0]!.values.map((value) => value.value).sort(), ['fifth champion', 'fourth champion']);
  assert.ok(!dossier.conflicts.some((conflict) => conflict.values.some((value) => /ninth/.test(value.value))));
});
