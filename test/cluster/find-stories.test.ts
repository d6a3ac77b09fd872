import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clusterStories } from '../../src/cluster/index.ts';
import { DEFAULT_OPTIONS } from '../../src/model/index.ts';
import { readAnnotated } from '../read-annotated.ts';
import { sharedPath } from '../shared-folder.ts';

interface EcbDocument {
  id: string;
  topic: number;
  subtopic: string;
  text: string;
}

// One story of each of the 33 ECB+ topics (CC BY 3.0, ../shared/data/clustering): a batch of many
// stories, where a weak likeness between two stories' articles must not chain them into one.
const documents = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as EcbDocument)
  .filter((document) => document.subtopic.endsWith('ecbplus'));
const articles = await readAnnotated(Object.fromEntries(documents.map((document) => [`${document.id}.txt`, document.text])));
const storyOf = new Map(documents.map((document) => [`${document.id}.txt`, document.subtopic]));

test('a batch of 33 stories is told apart: no story mixes two, and each story is mostly one group', () => {
  const { stories } = clusterStories(articles, DEFAULT_OPTIONS);
  const sourceOf = new Map(articles.map((article) => [article.id, article.source]));
  const labelsOf = (story: readonly string[]) => new Set(story.map((id) => storyOf.get(sourceOf.get(id)!)));
  const mixed = stories.filter((story) => labelsOf(story).size > 1);
  assert.deepEqual(mixed.map((story) => [...labelsOf(story)]), []);
  // every gold story has one group holding most of its articles
  for (const label of new Set(storyOf.values())) {
    const size = documents.filter((document) => document.subtopic === label).length;
    const largest = Math.max(...stories.map((story) => story.filter((id) => storyOf.get(sourceOf.get(id)!) === label).length));
    assert.ok(largest >= size * 0.8, `${label}: its largest group holds ${largest} of ${size}`);
  }
});
