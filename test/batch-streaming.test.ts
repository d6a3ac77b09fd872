/**
 * A batch too big to hold goes through one story at a time: analyzeEachStory hands each story's dossier
 * on as it is made, its annotated articles waiting on disk until then (--hold-articles), and each
 * dossier is the one the whole-batch dossier gives that story.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitIntoStories } from '../src/cli/story-dossiers.ts';
import type { Dossier } from '../src/model/index.ts';
import { analyzeEachStory, analyzeStory, type NumberedStory } from '../src/pipeline.ts';
import { SpillStore } from '../src/shared/spill-store.ts';
import { REPO } from './shared-folder.ts';

// two stories: the example (a firebomb at an Athens bank) and ECB+ sub-topic 20_ecb (an earthquake on Qeshm
// island; ECB+, Cybulska & Vossen 2014, CC BY 3.0, from ../shared/data/clustering)
const INPUTS = [`${REPO}/examples/athens-bank-firebomb`, `${REPO}/test/fixtures/batch/quake`];

/** A dossier as its JSON reads (what a reader of the file gets). */
const asJson = (dossier: Dossier) => JSON.parse(JSON.stringify(dossier)) as unknown;

test('story by story, with every article but one waiting on disk, each story gets the dossier the whole batch gives it', async () => {
  const whole = splitIntoStories(await analyzeStory(INPUTS));
  const handed: NumberedStory[] = [];
  const outline = await analyzeEachStory(INPUTS, { batch: { holdArticles: 1 } }, {}, async (story) => {
    handed.push(story);
  });
  assert.equal(whole.length, 2, 'the example and the quake are two stories');
  assert.deepEqual(
    handed.map((story) => [story.number, story.count]),
    [
      [1, 2],
      [2, 2],
    ],
  );
  for (const [index, story] of handed.entries()) assert.deepEqual(asJson(story.dossier), asJson(whole[index]!.dossier), `story ${index + 1}`);
  assert.equal(outline.stories, 2);
  assert.equal(outline.articles, handed.reduce((sum, story) => sum + story.dossier.articles.length, 0));
  assert.deepEqual(outline.failed, []);
  assert.deepEqual(outline.inNoStory, []);
});

test('the spill store gives back what it was given, held or written to disk, and a value put again replaces the old', () => {
  const store = new SpillStore<{ text: string; tokens: Array<{ start: number; lemma: string }>; seen: Set<string> }>(2);
  const value = (index: number) => ({ text: `article ${index} ünïcode ✓`, tokens: [{ start: index, lemma: `word${index}` }], seen: new Set([`k${index}`]) });
  for (let index = 0; index < 50; index++) store.put(`a${index}`, value(index));
  assert.equal(store.size, 50);
  assert.equal(store.spilled, 48, 'all but the first two wait on disk');
  for (let index = 0; index < 50; index++) assert.deepEqual(store.get(`a${index}`), value(index));
  store.put('a30', value(99));
  store.put('a1', value(98));
  assert.deepEqual(store.get('a30'), value(99));
  assert.deepEqual(store.get('a1'), value(98));
  assert.deepEqual(store.get('a31'), value(31), 'its neighbour in the file is untouched');
  assert.equal(store.get('missing'), undefined);
  store.forget('a0');
  store.forget('a40');
  assert.equal(store.get('a0'), undefined);
  assert.equal(store.get('a40'), undefined);
  assert.deepEqual(store.get('a41'), value(41));
  assert.equal(store.size, 48);
  store.close();
  assert.equal(store.size, 0);
  assert.equal(store.get('a30'), undefined);
});

test('a story larger than --max-story-articles is aligned in parts of at most that many, each saying so; every article is in one part', async () => {
  const handed: NumberedStory[] = [];
  const outline = await analyzeEachStory(INPUTS, { batch: { maxStoryArticles: 5 } }, {}, async (story) => {
    handed.push(story);
  });
  const sizes = handed.map((story) => story.dossier.articles.length);
  assert.ok(sizes.every((size) => size <= 5), `parts of ${sizes.join(', ')}`);
  const ids = handed.flatMap((story) => story.dossier.articles.map((article) => article.id));
  assert.equal(new Set(ids).size, ids.length, 'no article in two parts');
  assert.equal(ids.length, outline.articles);
  const cut = handed.filter((story) => story.dossier.story.messages.some((message) => message.origin === 'cluster:story-limit'));
  assert.ok(cut.length >= 2, 'the six-article example is cut in two');
  for (const [part, story] of cut.slice(0, 2).entries()) {
    const warning = story.dossier.story.messages.find((message) => message.origin === 'cluster:story-limit')!;
    assert.equal(warning.severity, 'warning');
    assert.match(warning.reason, new RegExp(`one story of 6 articles, more than --max-story-articles \\(5\\): it is aligned in 2 parts of at most 3 articles, in input order, and this is part ${part + 1}`));
  }
  assert.ok(handed.some((story) => !story.dossier.story.messages.some((message) => message.origin === 'cluster:story-limit')), 'the five-article quake is within the limit: whole, and says nothing');
});
