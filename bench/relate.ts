// What the relate stage adds to the annotate stage's time, on the same texts, in one process: the 772
// ECB+ dev documents of ../shared/data/clustering (cleaned first, not timed), annotated, their entities
// merged, then related. Both timed over the same articles, best of three rounds each.
// Run: node --import tsx bench/relate.ts
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../src/annotate/index.ts';
import { mergeEntities } from '../src/cluster/merge-entities.ts';
import type { Article } from '../src/model/index.ts';
import { relateActors } from '../src/relate/index.ts';
import { cleanEcbDocuments } from './ecbplus.ts';

const cleaned: Article[] = cleanEcbDocuments();

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
