import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { sharedPath } from '../shared-folder.ts';

const seeds = analyzeStory([sharedPath('seeds')]);

test('every piece of evidence is the article text at its offsets, and support never exceeds the articles', async () => {
  const dossier = await seeds;
  const texts = new Map(dossier.articles.map((article) => [article.id, article.text]));
  const evidence = [
    ...dossier.facts.flatMap((fact) => fact.evidence),
    ...dossier.conflicts.flatMap((conflict) => conflict.values.flatMap((value) => value.evidence)),
    ...dossier.timeline.flatMap((entry) => entry.evidence),
    ...dossier.singleSource.map((claim) => claim.evidence),
  ];
  assert.ok(evidence.length > 0);
  for (const item of evidence) assert.equal(texts.get(item.articleId)!.slice(item.start, item.end), item.text);
  for (const fact of dossier.facts) {
    assert.ok(fact.articles.length >= 2, 'a fact comes from two articles or more');
    assert.ok(fact.support.independent <= fact.support.articles && fact.support.outlets <= fact.support.articles);
  }
});

test('a relative date anchored to a dated event lands on the timeline the day before it', async () => {
  const dossier = await seeds;
  const anchored = dossier.timeline.find((entry) => /\bseiz|intercept/i.test(entry.text) && entry.articles.length >= 3);
  assert.ok(anchored, 'the seizure "one day after" the call is dated');
  const call = dossier.timeline.find((entry) => entry.date.length === 10 && entry.articles.length === dossier.articles.length && entry !== anchored);
  assert.ok(call, 'the call is dated by all four articles');
  const dayBefore = new Date(Date.parse(`${call.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  assert.equal(anchored.date, dayBefore);
});

test('quote variants group one quote across outlets and mark the words only one wording has', async () => {
  const dossier = await seeds;
  const shared = dossier.quoteVariants.find((variant) => new Set(variant.wordings.map((wording) => wording.articleId)).size >= 3);
  assert.ok(shared, 'a quote three outlets give');
  for (const wording of shared.wordings) {
    for (const difference of wording.differences) assert.equal(wording.text.slice(difference.start, difference.end), difference.text);
  }
  assert.ok(shared.wordings.some((wording) => wording.differences.length > 0), 'translations word it differently');
});

test('the same words given to two different people are a speaker conflict', async () => {
  const dossier = await seeds;
  const speakers = dossier.conflicts.filter((conflict) => conflict.kind === 'speaker');
  assert.ok(speakers.length > 0);
  for (const conflict of speakers) {
    const names = conflict.values.map((value) => value.value);
    assert.equal(new Set(names).size, names.length, 'each value is a different speaker');
    assert.ok(conflict.values.every((value) => value.evidence.length > 0));
  }
});

// Three short reports written for this test: who does what to whom decides what is one statement.
const written = (async () => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-roles-'));
  const reports = {
    'one.txt': 'Police arrest gang leader\n\nGreek police arrested the gang leader Nikos Palaios in Athens on Tuesday. Russia backs Venezuela in its dispute with the United States. The minister said the talks would go on next week.',
    'two.txt': 'Gang leader held in Athens\n\nNikos Palaios was detained by Greek police in Athens on Tuesday night. Venezuela asks Russia for weapons in its dispute with the United States. Officials gave no further details about the case.',
    'three.txt': 'Arrest in Athens\n\nThe gang leader Nikos Palaios was arrested by Greek police on Wednesday. Analysts expect more arrests in the coming weeks across the country.',
  };
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(folder, name), text);
  try {
    return await analyzeStory(Object.keys(reports).map((name) => join(folder, name)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
})();

test('"X backs Y" and "Y asks X for weapons" are two statements, however many words they share', async () => {
  const dossier = await written;
  const mixed = dossier.facts.filter((fact) => fact.evidence.some((item) => /backs/.test(item.text)) && fact.evidence.some((item) => /asks/.test(item.text)));
  assert.deepEqual(mixed.map((fact) => fact.text), []);
});

test('the same act on the same participants is one statement, active or passive, whatever the day each gives', async () => {
  const dossier = await written;
  const arrest = dossier.facts.find((fact) => fact.evidence.some((item) => /arrested the gang leader/.test(item.text)));
  assert.ok(arrest, JSON.stringify(dossier.facts.map((fact) => fact.text)));
  assert.ok(arrest.evidence.some((item) => /was detained by Greek police/.test(item.text)), 'the passive "was detained by" report joins it');
  assert.ok(arrest.evidence.some((item) => /was arrested by Greek police on Wednesday/.test(item.text)), 'a report that gives another day still joins it (a conflict, not another statement)');
});
