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

// 3,000 one-paragraph reports of the 66 ECB+ dev stories, two or three sentences of one document each,
// the stories taken in turn: short reports of one kind of event (three shootings, two earthquakes) each
// resemble some report of another story, and linking every such pair once chained 2,360 of them into one
// story (all 100,000 of a bigger batch but a few hundred).
test('3,000 one-paragraph reports of 66 stories do not chain into one: no story holds more than a few stories\' share, and most of each story is one story', async () => {
  const all = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EcbDocument);
  const paragraphsByStory = new Map<string, string[]>();
  for (const document of all) {
    const lines = document.text.split('\n').filter((line) => line.trim().length > 20);
    const paragraphs = paragraphsByStory.get(document.subtopic) ?? [];
    for (let at = 1; at + 1 < lines.length; at += 2) paragraphs.push(lines.slice(at, at + 2 + (at % 3 === 0 ? 1 : 0)).join(' '));
    paragraphsByStory.set(document.subtopic, paragraphs);
  }
  const texts: Record<string, string> = {};
  const labelOf = new Map<string, string>();
  for (let round = 0; Object.keys(texts).length < 3000; round++) {
    for (const [label, paragraphs] of paragraphsByStory) {
      const paragraph = paragraphs[round];
      if (!paragraph || Object.keys(texts).length >= 3000) continue;
      const source = `${label}-${round}.txt`;
      texts[source] = paragraph;
      labelOf.set(source, label);
    }
  }
  const reports = await readAnnotated(texts);
  const { stories } = clusterStories(reports, DEFAULT_OPTIONS);
  const sourceOf = new Map(reports.map((report) => [report.id, report.source]));
  const largest = Math.max(...stories.map((story) => story.length));
  assert.ok(largest <= 3000 / 66 * 4, `the largest story holds ${largest} of 3,000 reports`);
  // B-cubed precision: of each report's story, the share from its own gold story
  let precision = 0;
  for (const story of stories) {
    const counts = new Map<string, number>();
    for (const id of story) counts.set(labelOf.get(sourceOf.get(id)!)!, (counts.get(labelOf.get(sourceOf.get(id)!)!) ?? 0) + 1);
    for (const count of counts.values()) precision += (count * count) / story.length;
  }
  precision /= reports.length;
  assert.ok(precision >= 0.6, `B-cubed precision ${precision.toFixed(3)}`);
});
