import assert from 'node:assert/strict';
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
