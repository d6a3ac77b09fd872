/**
 * Story clustering by event on ECB+ (shared/data/clustering, dev topics): every document in one batch
 * through the cluster stage (what `triangulate cluster` and `ingest` run), scored with B-cubed precision,
 * recall and F1 against the gold stories (the sub-topics: one event each, two events of one kind per
 * topic), beside a TF-IDF average-link baseline in the same run (document vectors, cosine, clusters joined
 * while their mean similarity reaches a threshold; the best threshold of a sweep, so the baseline is given
 * its best). Speed: articles per second of the clustering step alone (the annotated articles given; the best
 * of three rounds, the first beside it), and with the stage's reading of each article.
 *
 *   node --import tsx bench/cluster.ts [--file ecbplus.dev.jsonl]
 *
 * Figures only, nothing asserted. The held-out topics are scored by the same stage elsewhere.
 */
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../src/annotate/index.ts';
import { clusterReadings, readForClustering } from '../src/cluster/index.ts';
import { loadLexicon } from '../src/lexicon/index.ts';
import { DEFAULT_OPTIONS } from '../src/model/index.ts';
import { cleanEcbDocuments, ECBPLUS_FILE, loadEcbDocuments } from './ecbplus.ts';
import { cosine, fitIdf, vectorize } from './tfidf-baseline.ts';
import { bcubed } from './bcubed.ts';

const args = process.argv.slice(2);
const file = args.includes('--file') ? args[args.indexOf('--file') + 1]! : ECBPLUS_FILE;
const documents = loadEcbDocuments(file);
const storyOf = new Map(documents.map((document) => [document.id, document.subtopic]));
const gold = [...new Set(documents.map((document) => document.subtopic))].map((story) => documents.filter((document) => document.subtopic === story).map((document) => document.id));

const articles = cleanEcbDocuments(documents).map((article) => annotateArticle(article));
const lexicon = loadLexicon();

let started = performance.now();
const readings = articles.map((article) => readForClustering(article, lexicon));
const readSeconds = (performance.now() - started) / 1000;
// best of three rounds (the first pays for compiling the code it runs), the first beside it
let stories: string[][] = [];
const rounds: number[] = [];
for (let round = 0; round < 3; round++) {
  // fresh readings each round, as each call of the stage gets (what a reading keeps of itself is not reused)
  const fresh = round ? articles.map((article) => readForClustering(article, lexicon)) : readings;
  started = performance.now();
  stories = clusterReadings(fresh, DEFAULT_OPTIONS).stories;
  rounds.push((performance.now() - started) / 1000);
}
const clusterSeconds = Math.min(...rounds);

started = performance.now();
const baseline = bestAverageLink(documents.map((document) => ({ id: document.id, text: document.text })));
const baselineSeconds = (performance.now() - started) / 1000;

console.log(`${documents.length} ECB+ documents, ${gold.length} gold stories (sub-topics) from ${file}`);
console.log(`cluster stage   ${describe(stories)}  ${stories.length} stories`);
console.log(`TF-IDF avg-link ${describe(baseline.stories)}  ${baseline.stories.length} stories (threshold ${baseline.threshold}, the best of the sweep)`);
console.log(`speed: clustering ${(articles.length / clusterSeconds).toFixed(0)} articles/s (${clusterSeconds.toFixed(2)} s, best of 3; the first round ${(articles.length / rounds[0]!).toFixed(0)} articles/s); with the stage's reading of each article ${(articles.length / (clusterSeconds + readSeconds)).toFixed(0)} articles/s; baseline sweep ${baselineSeconds.toFixed(2)} s`);

function describe(found: readonly (readonly string[])[]): string {
  const { precision, recall, f1 } = bcubed(found, (id) => storyOf.get(id)!);
  return `B³ P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`;
}

/** Average-link agglomerative clustering of TF-IDF document vectors, at each threshold of a sweep; the best by B³ F1. */
function bestAverageLink(items: ReadonlyArray<{ id: string; text: string }>): { stories: string[][]; threshold: number } {
  const idf = fitIdf(items.map((item) => item.text));
  const unseen = Math.max(1, ...idf.values());
  const vectors = items.map((item) => vectorize(item.text, idf, unseen));
  const n = items.length;
  const similarity = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) similarity[a * n + b] = similarity[b * n + a] = cosine(vectors[a]!, vectors[b]!);
  let best = { stories: [] as string[][], threshold: 0, f1: -1 };
  for (const threshold of [0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3]) {
    const stories = averageLink(similarity, n, threshold).map((members) => members.map((index) => items[index]!.id));
    const { f1 } = bcubed(stories, (id) => storyOf.get(id)!);
    if (f1 > best.f1) best = { stories, threshold, f1 };
  }
  return best;
}

/** Clusters joined, the most alike pair first, while their mean pairwise similarity reaches `threshold`. */
function averageLink(similarity: Float64Array, n: number, threshold: number): number[][] {
  // sums of similarities between clusters, kept up to date as clusters join
  const sum = Float64Array.from(similarity);
  const members: Array<number[] | null> = Array.from({ length: n }, (_, index) => [index]);
  for (;;) {
    let bestA = -1;
    let bestB = -1;
    let bestMean = threshold;
    for (let a = 0; a < n; a++) {
      if (!members[a]) continue;
      for (let b = a + 1; b < n; b++) {
        if (!members[b]) continue;
        const mean = sum[a * n + b]! / (members[a]!.length * members[b]!.length);
        if (mean >= bestMean) {
          bestMean = mean;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA === -1) break;
    for (let c = 0; c < n; c++) {
      if (!members[c] || c === bestA || c === bestB) continue;
      sum[bestA * n + c] = sum[c * n + bestA] = sum[bestA * n + c]! + sum[bestB * n + c]!;
    }
    members[bestA] = [...members[bestA]!, ...members[bestB]!];
    members[bestB] = null;
  }
  return members.filter((group): group is number[] => group !== null);
}
