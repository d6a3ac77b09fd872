import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../src/pipeline.ts';
import { renderDossier } from '../src/report/index.ts';
import { sharedPath } from './shared-folder.ts';

/** The acceptance scorer's lines ("boilerplate 6/6 ...") as category → [found, total]. */
function score(dossierJson: string): Map<string, [number, number]> {
  const file = join(mkdtempSync(join(tmpdir(), 'triangulate-seeds-')), 'dossier.json');
  writeFileSync(file, dossierJson);
  const output = execFileSync('node', [sharedPath('acceptance/score.mjs'), sharedPath('acceptance/seeds-gold.json'), file], { encoding: 'utf8' });
  const rows = new Map<string, [number, number]>();
  for (const match of output.matchAll(/^(\S+)\s+(\d+)\/(\d+)/gm)) rows.set(match[1]!, [Number(match[2]), Number(match[3])]);
  return rows;
}

test('the seed story scores its ingest and clean floors on the acceptance scorer', async () => {
  const dossier = await analyzeStory([sharedPath('seeds')], { clean: { published: null } });
  const rows = score(renderDossier(dossier, 'json'));
  const row = (name: string) => rows.get(name) ?? assert.fail(`no "${name}" line from the scorer`);
  assert.deepEqual(row('articles'), [4, 4]);
  assert.deepEqual(row('boilerplate'), [6, 6]);
  assert.deepEqual(row('glued-words'), [3, 3]);
  const [metadataFound, metadataTotal] = row('metadata');
  assert.ok(metadataFound >= 5 && metadataTotal === 6, `metadata ${metadataFound}/${metadataTotal}`);
  const [unguessed, unknowable] = row('metadata-no-guess');
  assert.equal(unguessed, unknowable, 'no invented title, outlet, byline or date');
});

test('the seed story scores the annotate floors: entities, speakers, quotes', async () => {
  const dossier = await analyzeStory([sharedPath('seeds')]);
  const rows = score(renderDossier(dossier, 'json'));
  const row = (name: string) => rows.get(name) ?? assert.fail(`no "${name}" line from the scorer`);
  const atLeast = (name: string, floor: number) => assert.ok(row(name)[0] >= floor, `${name} ${row(name).join('/')} (floor ${floor})`);
  atLeast('entities-detected', 29);
  atLeast('entities-linked', 27);
  assert.equal(row('persons-one-entity')[0], row('persons-one-entity')[1], 'no person split in two');
  const [precise, persons] = row('persons-precise');
  assert.ok(persons > 0 && precise / persons >= 0.9, `persons-precise ${precise}/${persons}`);
  atLeast('quotes-found', 23);
  atLeast('quotes-attributed', 21);
});

test('every seed removal is reported on its article with a place in the raw text', async () => {
  const dossier = await analyzeStory([sharedPath('seeds')]);
  for (const article of dossier.articles) {
    for (const message of article.messages.filter((message) => message.origin === 'clean:remove-boilerplate')) {
      assert.ok(message.start !== undefined && message.end !== undefined && message.end > message.start, message.reason);
      assert.ok(article.raw.slice(message.start!, message.end!).trim(), `${message.reason} points at text`);
    }
  }
});

test('the seed story keeps the align floors reached so far: facts, timeline, conflicts, inferred dates', async () => {
  const dossier = await analyzeStory([sharedPath('seeds')]);
  const rows = score(renderDossier(dossier, 'json'));
  const row = (name: string) => rows.get(name) ?? assert.fail(`no "${name}" line from the scorer`);
  const atLeast = (name: string, floor: number) => assert.ok(row(name)[0] >= floor, `${name} ${row(name).join('/')} (floor ${floor})`);
  atLeast('facts-corroborated', 8);
  atLeast('timeline', 6);
  atLeast('conflicts', 1);
  const [unmixed, multi] = row('facts-unmixed');
  assert.ok(multi > 0 && unmixed / multi >= 0.9, `facts-unmixed ${unmixed}/${multi}`);
  const inferred = dossier.articles.filter((article) => article.publishedFrom === 'inferred');
  assert.ok(inferred.length > 0, 'an undated seed gets its date from the story');
  for (const article of inferred) {
    assert.match(article.published ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(article.messages.some((message) => message.origin === 'align:infer-published'), `${article.source} says why its date was inferred`);
    assert.ok(article.dates.every((date) => !date.value.startsWith('XXXX')), `${article.source} resolves its relative dates again`);
  }
});
