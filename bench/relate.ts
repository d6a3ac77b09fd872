// What the relate stage adds to the annotate stage's time, on the same texts, in one process: the 772
// ECB+ dev documents of ../shared/data/clustering (cleaned first, not timed), annotated, their entities
// merged, then related. Both timed over the same articles, best of three rounds each.
// Run: node --import tsx bench/relate.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../src/annotate/index.ts';
import { cleanRawArticle } from '../src/clean/index.ts';
import { mergeEntities } from '../src/cluster/merge-entities.ts';
import { DEFAULT_OPTIONS, EMPTY_METADATA, type Article } from '../src/model/index.ts';
import { relateActors } from '../src/relate/index.ts';

const shared = resolve(process.env.TRIANGULATE_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const documents = readFileSync(resolve(shared, 'data/clustering/ecbplus.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string });
const cleaned: Article[] = documents.map((document) => ({
  ...cleanRawArticle({ source: document.id, kind: 'text', text: document.text, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] }, DEFAULT_OPTIONS.clean),
  id: document.id,
  language: 'en',
  messages: [],
}));

const ROUNDS = 3;
let annotated: Article[] = [];
let annotateBest = Infinity;
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  annotated = cleaned.map(annotateArticle);
  annotateBest = Math.min(annotateBest, performance.now() - started);
}
const entities = mergeEntities(annotated);
let relateBest = Infinity;
let relations = 0;
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  // the whole batch in one call, as the pipeline relates a story's articles with the story's entities
  relations = relateActors(annotated, entities).relations.length;
  relateBest = Math.min(relateBest, performance.now() - started);
}
const characters = cleaned.reduce((sum, article) => sum + article.text.length, 0);
console.log(`${annotated.length} ECB+ dev documents, ${(characters / 1e6).toFixed(2)} M characters; best of ${ROUNDS} rounds each`);
console.log(`annotate  ${(annotateBest / 1000).toFixed(2)} s  (${((characters / 1e6) / (annotateBest / 1000)).toFixed(2)} M chars/s)`);
console.log(`relate    ${(relateBest / 1000).toFixed(2)} s  ${relations} relations  → ${((100 * relateBest) / annotateBest).toFixed(1)}% of annotate's time (target ≤ 25%)`);
