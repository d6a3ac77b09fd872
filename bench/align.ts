/**
 * Speed and memory of fact alignment as a story grows: 10, 100 and 1,000 synthetic articles of one
 * story, built from the sentences of one ECB+ topic (shared/data/clustering, see its README.md).
 *
 *   node --import tsx bench/align.ts
 *   node --expose-gc --import tsx bench/align.ts --sizes 10,100 --topic 12 --seed 7
 *   node --import tsx bench/align.ts --aligner bench/aligners.ts#alignFacts --aligner bench/my-variant.ts#alignFacts
 *
 * Each synthetic article is a headline of the topic and 8–20 of its sentences, drawn with a seeded
 * PRNG and shuffled, in paragraphs of one to three sentences, with its own made-up outlet and a date
 * in the same week: distinct texts that share many statements, so near-duplicate detection keeps them
 * apart and the aligner has real work. The articles go through the pipeline's own stages (ingest +
 * clean via extractArticleFromBytes on a JSON article, annotateArticle, findDuplicates for kinship);
 * those times are printed apart. Then the aligner (injected, see bench/aligners.ts) alone is timed:
 * the median of a few runs up to 100 articles, one run above. Without --aligner, the cluster and align
 * stages are timed as the pipeline runs them (bench/aligners.ts#alignFacts: entities merged, stories
 * split, facts, single-source claims, omissions, conflicts, quote variants, timeline and framing). Memory:
 * the heap it still holds once it returns (exact with --expose-gc, which lets the bench collect
 * garbage first; the first run at a size can keep words the lexicon read for it) and the peak growth
 * of the resident set while it runs, sampled every 2 ms from a worker thread.
 *
 * Growth: the time ratio between sizes and its exponent log(t2/t1)/log(n2/n1): about 1 for n or
 * n·log n, 2 for all pairs. Targets (issue): 100 articles under 2 s, 1,000 under 20 s. Figures only,
 * nothing is asserted. The shared folder is ../shared next to the repository, or $TRIANGULATE_SHARED.
 */
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../src/annotate/index.ts';
import { findDuplicates } from '../src/clean/index.ts';
import type { Article } from '../src/model/index.ts';
import { extractArticleFromBytes } from '../src/pipeline.ts';
import { checkOptions, DEFAULT_ALIGNER_SPEC, loadAligner, optionValues, type NamedAligner } from './aligners.ts';
import { groupBy, linesOf, loadEcbDocuments, type EcbDocument } from './ecbplus.ts';
import { createRandom } from './random.ts';
import { startRssSampler } from './rss-sampler.ts';

const TARGET_SECONDS = new Map([
  [100, 2],
  [1000, 20],
]);
// made-up outlets: place × title, one name an article
const PLACES = ['Northbridge', 'Harlow', 'Eastmere', 'Colwick', 'Redfield', 'Ashby', 'Lindon', 'Marston', 'Oakvale', 'Pennick', 'Quarry Hill', 'Rosslyn', 'Saltash', 'Thornbury', 'Upton', 'Westholm', 'Brambleton', 'Cray', 'Dunmore', 'Elsworth'];
const TITLES = ['Courier', 'Gazette', 'Herald', 'Chronicle', 'Post', 'Daily', 'Observer', 'Times', 'Tribune', 'Ledger', 'Sentinel', 'Dispatch', 'Record', 'Star', 'Journal', 'Mirror', 'Examiner', 'Register', 'Bulletin', 'Echo', 'Messenger', 'Advertiser', 'Standard', 'Clarion', 'Wire', 'Reporter', 'Monitor', 'Press', 'Review', 'Beacon', 'Voice', 'Leader', 'Express', 'Argus', 'Globe', 'Sun', 'Pioneer', 'Bugle', 'Signal', 'Eagle', 'Courant', 'Digest', 'Telegraph', 'Item', 'Enquirer', 'Patriot', 'Citizen', 'News', 'World', 'Free Press'];

const MIN_SENTENCES = 8;
const MAX_SENTENCES = 20;
/** Runs timed at each size up to 100 articles (the median is printed); one above. */
const RUNS_SMALL = 5;
const SMALL = 100;

const argv = process.argv.slice(2);
checkOptions(argv, ['sizes', 'topic', 'seed', 'aligner']);
const sizes = (optionValues(argv, 'sizes').at(-1) ?? '10,100,1000').split(',').map(Number);
if (!sizes.length || sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('bench: --sizes takes whole numbers, e.g. --sizes 10,100');
sizes.sort((a, b) => a - b);
const seed = Number(optionValues(argv, 'seed').at(-1) ?? 1);
const specs = optionValues(argv, 'aligner');
const aligners: NamedAligner[] = [];
for (const spec of specs.length ? specs : [DEFAULT_ALIGNER_SPEC]) aligners.push(await loadAligner(spec));

const topics = groupBy(loadEcbDocuments(), (document) => document.topic);
const requestedTopic = optionValues(argv, 'topic').at(-1);
const topic = requestedTopic === undefined ? largestTopic(topics) : Number(requestedTopic);
const topicDocuments = topics.get(topic);
if (!topicDocuments) throw new Error(`bench: no topic ${requestedTopic} in the ECB+ file (expected one of ${[...topics.keys()].join(', ')})`);
const pool = sentencePool(topicDocuments);
const collectGarbage = (globalThis as { gc?: () => void }).gc;

console.log(
  `synthetic story from ECB+ topic ${topic}: ${topicDocuments.length} documents, ${pool.sentences.length} sentences, ${pool.headlines.length} headlines; ` +
    `${MIN_SENTENCES}–${MAX_SENTENCES} sentences an article, seed ${seed}${collectGarbage ? '' : ' (run with --expose-gc for exact heap figures)'}`,
);
console.log(`node ${process.version}\n`);

await prepareArticles(5); // warm-up: the first articles pay for loading models and compiling
const sampler = startRssSampler();
const prepared = new Map<number, Article[]>();
console.log(`${'articles'.padStart(8)} ${'ingest+clean s'.padStart(15)} ${'annotate s'.padStart(11)} ${'ms/article'.padStart(11)} ${'duplicates s'.padStart(13)} ${'near copies'.padStart(12)}`);
for (const size of sizes) {
  const { articles, seconds, nearCopies } = await prepareArticles(size);
  prepared.set(size, articles);
  console.log(
    `${String(size).padStart(8)} ${seconds.extract.toFixed(2).padStart(15)} ${seconds.annotate.toFixed(2).padStart(11)} ${((1000 * seconds.annotate) / size).toFixed(1).padStart(11)} ${seconds.duplicates.toFixed(2).padStart(13)} ${String(nearCopies).padStart(12)}`,
  );
}

for (const aligner of aligners) {
  console.log(`\n== aligner ${aligner.name}`);
  console.log(
    `${'articles'.padStart(8)} ${'runs'.padStart(5)} ${'median s'.padStart(9)} ${'ms/article'.padStart(11)} ${'growth'.padStart(7)} ${'exponent'.padStart(9)} ${'facts'.padStart(7)} ${'heap held MiB'.padStart(14)} ${'peak RSS +MiB'.padStart(14)}  target`,
  );
  let previous: { size: number; seconds: number } | null = null;
  for (const size of sizes) {
    const articles = prepared.get(size)!;
    const runs = size <= SMALL ? RUNS_SMALL : 1;
    if (size <= SMALL) aligner.align(articles); // warm-up
    const passes: number[] = [];
    let facts = 0;
    let heapHeld = 0;
    let peakRss = 0;
    for (let run = 0; run < runs; run++) {
      collectGarbage?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const rssBefore = sampler.reset();
      const started = performance.now();
      const result = aligner.align(articles);
      passes.push((performance.now() - started) / 1000);
      peakRss = Math.max(peakRss, sampler.peak() - rssBefore);
      collectGarbage?.();
      heapHeld = process.memoryUsage().heapUsed - heapBefore;
      facts = result.length;
    }
    const seconds = passes.sort((a, b) => a - b)[Math.floor(passes.length / 2)]!;
    const growth = previous && previous.seconds > 0 ? seconds / previous.seconds : null;
    const exponent = previous && growth ? Math.log(growth) / Math.log(size / previous.size) : null;
    const target = TARGET_SECONDS.get(size);
    console.log(
      `${String(size).padStart(8)} ${String(runs).padStart(5)} ${seconds.toFixed(3).padStart(9)} ${((1000 * seconds) / size).toFixed(2).padStart(11)} ` +
        `${(growth === null ? '' : `×${growth.toFixed(1)}`).padStart(7)} ${(exponent === null ? '' : exponent.toFixed(2)).padStart(9)} ${String(facts).padStart(7)} ` +
        `${mebibytes(heapHeld).padStart(14)} ${mebibytes(peakRss).padStart(14)}  ${target === undefined ? '' : `under ${target} s: ${seconds < target ? 'met' : 'missed'}`}`,
    );
    previous = { size, seconds };
  }
}
console.log(`\nprocess peak RSS ${mebibytes(process.resourceUsage().maxRSS * 1024)} MiB`);
await sampler.stop();

function largestTopic(groups: ReadonlyMap<number, EcbDocument[]>): number {
  const sentenceCount = (list: readonly EcbDocument[]) => list.reduce((sum, document) => sum + linesOf(document).length, 0);
  return [...groups.entries()].reduce((best, entry) => (sentenceCount(entry[1]) > sentenceCount(best[1]) ? entry : best))[0];
}

/** Headlines (first lines) and body sentences of five words or more (datelines and stray lines left out). */
function sentencePool(list: readonly EcbDocument[]): { headlines: string[]; sentences: string[] } {
  const headlines = new Set<string>();
  const sentences = new Set<string>();
  for (const document of list) {
    for (const line of linesOf(document)) {
      const text = line.text.trim();
      if (line.line === 0) headlines.add(text);
      else if (text.split(/\s+/).length >= 5 && /\p{Ll}/u.test(text)) sentences.add(text);
    }
  }
  return { headlines: [...headlines].filter(Boolean), sentences: [...sentences] };
}

/** A made-up outlet name of its own for each article: "The Harlow Gazette". */
function outletName(index: number): string {
  const name = `The ${PLACES[index % PLACES.length]} ${TITLES[Math.floor(index / PLACES.length) % TITLES.length]}`;
  const round = Math.floor(index / (PLACES.length * TITLES.length));
  return round ? `${name} ${round + 1}` : name;
}

interface SyntheticArticle {
  title: string;
  text: string;
  outlet: string;
  published: string;
  url: string;
}

function buildArticles(count: number): SyntheticArticle[] {
  const random = createRandom(seed * 1_000_003 + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const articles: SyntheticArticle[] = [];
  for (let index = 0; index < count; index++) {
    const wanted = Math.min(pool.sentences.length, MIN_SENTENCES + Math.floor(random() * (MAX_SENTENCES - MIN_SENTENCES + 1)));
    // a partial Fisher–Yates shuffle: `wanted` distinct sentences in random order
    const order = pool.sentences.map((_, position) => position);
    for (let position = 0; position < wanted; position++) {
      const swap = position + Math.floor(random() * (order.length - position));
      [order[position], order[swap]] = [order[swap]!, order[position]!];
    }
    const sentences = order.slice(0, wanted).map((position) => pool.sentences[position]!);
    const paragraphs: string[] = [];
    while (sentences.length) paragraphs.push(sentences.splice(0, 1 + Math.floor(random() * 3)).join(' '));
    const day = 1 + Math.floor(random() * 7);
    const slug = outletName(index).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    articles.push({ title: pick(pool.headlines), text: paragraphs.join('\n\n'), outlet: outletName(index), published: `2013-06-0${day}`, url: `https://${slug}.example/news/${index + 1}` });
  }
  return articles;
}

async function prepareArticles(count: number): Promise<{ articles: Article[]; seconds: { extract: number; annotate: number; duplicates: number }; nearCopies: number }> {
  const synthetic = buildArticles(count);
  const encoder = new TextEncoder();
  let started = performance.now();
  const cleaned: Article[] = [];
  for (const [index, article] of synthetic.entries()) {
    const result = await extractArticleFromBytes(`synthetic/article-${String(index + 1).padStart(4, '0')}.json`, encoder.encode(JSON.stringify(article)));
    if ('reason' in result) throw new Error(`bench: synthetic article ${index + 1} failed: ${result.reason}`);
    cleaned.push(result);
  }
  const extract = (performance.now() - started) / 1000;
  started = performance.now();
  const annotated = cleaned.map(annotateArticle);
  const annotate = (performance.now() - started) / 1000;
  // kinship as the pipeline marks it (exact copies would collapse there: none are expected here)
  started = performance.now();
  const findings = findDuplicates(annotated.map(({ id, text, outlet }) => ({ id, text, outlet })));
  const duplicates = (performance.now() - started) / 1000;
  if (findings.exactCopies.size) console.log(`  ${findings.exactCopies.size} exact copies among ${count} synthetic articles: kept, not collapsed`);
  const articles = annotated.map((article) => ({ ...article, kinship: findings.kinship.get(article.id) ?? null }));
  return { articles, seconds: { extract, annotate, duplicates }, nearCopies: findings.kinship.size };
}

/** Peak resident set size sampled from a worker thread, which keeps running while the aligner holds the main thread. */
function mebibytes(bytes: number): string {
  const value = bytes / 2 ** 20;
  return (Math.abs(value) < 0.05 ? 0 : value).toFixed(1);
}
