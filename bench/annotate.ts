// Speed of the whole annotate stage beside wink-nlp's bare readDoc on the same texts, in one process.
// Bare readDoc is wink's default pipe (sentences, entities, negation, sentiment, POS); the stage's own wink pass
// runs only what it reads (sentences and POS, see src/shared/wink.ts), shown on its own line too.
// Texts: the ECB+ documents of ../shared/data/clustering, cleaned first (cleaning is not timed).
// Run: node --import tsx bench/annotate.ts
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotateArticle } from '../src/annotate/index.ts';
import type { Article } from '../src/model/index.ts';
import { loadWink } from '../src/shared/wink.ts';
import { cleanEcbDocuments } from './ecbplus.ts';

const articles: Article[] = cleanEcbDocuments();
const characters = articles.reduce((sum, article) => sum + article.text.length, 0);
const bareWink = winkNLP(model);
const stageWink = loadWink();
const tokenCount = articles.reduce((sum, article) => sum + bareWink.readDoc(article.text).tokens().length(), 0);

/** Timed passes per system, after a warm-up pass of each. */
const PASSES = 5;

/**
 * Each system's median pass in milliseconds. The systems take turns pass by pass, so that a machine
 * busy with other work slows them alike and their ratio holds (one system's passes all in a row would
 * meet different loads).
 */
function timeInTurns(runs: Record<string, () => void>): Record<string, number> {
  const passes: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(runs)) {
    run(); // warm-up
    passes[name] = [];
  }
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [name, run] of Object.entries(runs)) {
      const started = performance.now();
      run();
      passes[name]!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(Object.entries(passes).map(([name, times]) => [name, times.sort((a, b) => a - b)[Math.floor(PASSES / 2)]!]));
}

const { bareMs, stageWinkMs, annotateMs } = timeInTurns({
  bareMs: () => {
    for (const article of articles) bareWink.readDoc(article.text);
  },
  stageWinkMs: () => {
    for (const article of articles) stageWink.readDoc(article.text);
  },
  annotateMs: () => {
    for (const article of articles) annotateArticle(article);
  },
}) as { bareMs: number; stageWinkMs: number; annotateMs: number };

const row = (name: string, ms: number) =>
  `${name.padEnd(28)} ${(articles.length / (ms / 1000)).toFixed(1).padStart(9)} ${Math.round(tokenCount / (ms / 1000)).toString().padStart(10)} ${ms.toFixed(0).padStart(8)}`;
console.log(`${articles.length} ECB+ documents, ${tokenCount} tokens, ${(characters / 1e6).toFixed(2)} M characters\n`);
console.log(`${'system'.padEnd(28)} ${'articles/s'.padStart(9)} ${'tokens/s'.padStart(10)} ${'ms'.padStart(8)}`);
console.log(row('wink-nlp readDoc (bare)', bareMs));
console.log(row('  sentences + POS only', stageWinkMs));
console.log(row('triangulate annotate stage', annotateMs));
console.log(`\nannotate runs at ${((100 * bareMs) / annotateMs).toFixed(0)}% of bare wink speed (target >= 40%)`);
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
