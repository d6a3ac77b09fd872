import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeStory } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';
import { sharedPath } from '../shared-folder.ts';

// The seed story (a Putin–Maduro call) beside three ECB+ reports of an earthquake in Iran: clearly two stories.
const folder = mkdtempSync(join(tmpdir(), 'triangulate-stories-'));
after(() => rmSync(folder, { recursive: true, force: true }));
for (const name of readdirSync(sharedPath('seeds'))) copyFileSync(join(sharedPath('seeds'), name), join(folder, name));
const quakeReports = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { topic: number; subtopic: string; text: string })
  .filter((document, _, all) => document.subtopic === all.find((first) => first.topic === 20)!.subtopic)
  .slice(0, 3);
quakeReports.forEach((document, index) => writeFileSync(join(folder, `quake-${index}.txt`), document.text));
const mixed = analyzeStory([folder]);
const seeds = analyzeStory([sharedPath('seeds')]);

test('the seed story alone is one story, and no message says otherwise', async () => {
  const dossier = await seeds;
  assert.equal(dossier.story.stories.length, 1);
  assert.deepEqual([...dossier.story.stories[0]!].sort(), dossier.articles.map((article) => article.id).sort());
  assert.ok(!dossier.story.messages.some((message) => message.origin === 'align:several-stories'));
});

test('two unrelated stories are named apart in a message, and no fact, conflict or timeline entry spans them', async () => {
  const dossier = await mixed;
  assert.equal(quakeReports.length, 3);
  assert.equal(dossier.story.stories.length, 2);
  const sourceOf = new Map(dossier.articles.map((article) => [article.id, article.source]));
  const isQuake = (id: string) => /quake-\d\.txt$/.test(sourceOf.get(id)!);
  for (const story of dossier.story.stories) assert.equal(new Set(story.map(isQuake)).size, 1, 'each story holds one kind of input');
  const message = dossier.story.messages.find((item) => item.origin === 'align:several-stories');
  assert.ok(message, 'the dossier says the inputs are several stories');
  for (const source of sourceOf.values()) assert.ok(message.reason.includes(source), `the message names ${source}`);
  const spans = [
    ...dossier.facts.map((fact) => fact.articles),
    ...dossier.conflicts.map((conflict) => conflict.values.flatMap((value) => value.articles)),
    ...dossier.timeline.map((entry) => entry.articles),
  ];
  assert.ok(dossier.facts.some((fact) => fact.articles.every(isQuake)), 'the quake reports are still aligned with each other');
  for (const articles of spans) assert.equal(new Set(articles.map(isQuake)).size, 1, 'nothing is aligned across the two stories');
  assert.match(renderDossier(dossier, 'md'), /These inputs tell 2 separate stories, aligned apart: \[A\]\[B\]\[C\]\[D\] · \[E\]\[F\]\[G\]/);
});

// Three English reports of one event and a German report that shares no name, number or date with them.
test('an article in another language that shares nothing with the story is a story of its own, and a message says why', async () => {
  const lone = mkdtempSync(join(tmpdir(), 'triangulate-lone-'));
  try {
    quakeReports.forEach((document, index) => writeFileSync(join(lone, `quake-${index}.txt`), document.text));
    writeFileSync(
      join(lone, 'oscars-de.txt'),
      'Oscarverleihung in Hollywood\nDie Schauspielerin Meryl Streep hat am Sonntag in Hollywood ihren vierten Oscar gewonnen. Die Gala wurde von Millionen Zuschauern verfolgt. Die Kritiker lobten die Moderation des Abends.',
    );
    const dossier = await analyzeStory([lone]);
    const sourceOf = new Map(dossier.articles.map((article) => [article.id, article.source]));
    assert.equal(dossier.story.stories.flat().length, dossier.articles.length, 'every article is in a story');
    assert.ok(dossier.story.stories.some((story) => story.length === 1 && sourceOf.get(story[0]!)!.endsWith('oscars-de.txt')));
    assert.ok(dossier.story.messages.some((message) => message.reason.includes('oscars-de.txt') && message.reason.includes('"de"') && /shares no name, number or date/.test(message.reason)));
  } finally {
    rmSync(lone, { recursive: true, force: true });
  }
});
