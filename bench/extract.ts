/**
 * Article-body extraction benchmark on the 85 development pages of scrapinghub's
 * article-extraction-benchmark (shared/data/extraction, see its README.md): our extractor against plain
 * Readability.js 0.6 on linkedom, same pages, same process.
 *
 *   node --import tsx bench/extract.ts
 *
 * Prints precision, recall, F1 and exact-match share (bench/shingle-f1.ts), pages per second over all
 * pages after a warm-up pass (decoding the bytes included, gunzip not), the speed ratio, and the pages
 * where we lose most F1. The shared folder is ../shared next to the repository, or $TRIANGULATE_SHARED.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticleFromHtml } from '../src/ingest/html/index.ts';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './shingle-f1.ts';

type ExtractFromBytes = (source: string, bytes: Uint8Array) => Promise<{ text: string } | { reason: string }>;

const utf8 = new TextDecoder('utf-8');

/** Our HTML extractor alone (ingest's HTML step, without the clean stage). */
const extractWithHtmlExtractor: ExtractFromBytes = async (source, bytes) => extractArticleFromHtml(utf8.decode(bytes), { url: source });

/** The extractor under test: the pipeline's ingest + clean (for the HTML extractor alone: `= extractWithHtmlExtractor`). */
const extractOurs: ExtractFromBytes = (await import('../src/pipeline.ts')).extractArticleFromBytes;

/** The published baseline: Readability.js 0.6 on linkedom, its `textContent` as the benchmark takes it. */
const extractWithReadability: ExtractFromBytes = async (_source, bytes) => {
  const { document } = parseHTML(utf8.decode(bytes));
  return { text: new Readability(document as unknown as Document).parse()?.textContent ?? '' };
};

interface Page {
  id: string;
  url: string;
  gold: string;
  bytes: Uint8Array;
}

interface Run {
  score: CorpusScore;
  pages: PageScore[];
  pagesPerSecond: number;
}

const TIMED_PASSES = 5;
const PAGES_TO_SHOW = 10;

const sharedFolder = process.env['TRIANGULATE_SHARED'] ?? path.resolve(import.meta.dirname, '../../shared');
const dataFolder = path.join(sharedFolder, 'data', 'extraction');

function loadPages(): Page[] {
  const gold = JSON.parse(readFileSync(path.join(dataFolder, 'ground-truth.dev.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gold).map(([id, entry]) => ({
    id,
    url: entry.url,
    gold: entry.articleBody,
    bytes: new Uint8Array(gunzipSync(readFileSync(path.join(dataFolder, 'html', `${id}.html.gz`)))),
  }));
}

/** Scores the benchmark's published Readability.js output: it must give the README's dev F1, 0.949. */
function scorePublishedReadability(pages: readonly Page[]): CorpusScore {
  const references = JSON.parse(gunzipSync(readFileSync(path.join(dataFolder, 'reference-outputs.dev.json.gz'))).toString('utf8')) as Record<
    string,
    { output: Record<string, { articleBody: string }> }
  >;
  const output = references['readability_js']?.output ?? {};
  return scoreCorpus(pages.map((page) => scorePage(page.gold, output[page.id]?.articleBody ?? '')));
}

async function extractAll(extract: ExtractFromBytes, pages: readonly Page[]): Promise<string[]> {
  const texts: string[] = [];
  for (const page of pages) {
    const result = await extract(page.url, page.bytes);
    texts.push('text' in result ? result.text : '');
  }
  return texts;
}

/** Extracts every page once (the warm-up pass) and scores the texts. */
async function scoreExtractor(extract: ExtractFromBytes, pages: readonly Page[]): Promise<Omit<Run, 'pagesPerSecond'>> {
  const texts = await extractAll(extract, pages);
  const scores = pages.map((page, index) => scorePage(page.gold, texts[index] ?? ''));
  return { score: scoreCorpus(scores), pages: scores };
}

/**
 * Pages per second of each extractor over all pages, the median of TIMED_PASSES passes. The passes
 * of the extractors alternate, so that a busy machine slows them alike and the ratio stays fair.
 */
async function timeExtractors(extractors: readonly ExtractFromBytes[], pages: readonly Page[]): Promise<number[]> {
  const seconds: number[][] = extractors.map(() => []);
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const [index, extract] of extractors.entries()) {
      const start = performance.now();
      await extractAll(extract, pages);
      seconds[index]!.push((performance.now() - start) / 1000);
    }
  }
  return seconds.map((runs) => pages.length / runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!);
}

async function runExtractors(extractors: readonly ExtractFromBytes[], pages: readonly Page[]): Promise<Run[]> {
  const scored: Omit<Run, 'pagesPerSecond'>[] = [];
  for (const extract of extractors) scored.push(await scoreExtractor(extract, pages));
  const speeds = await timeExtractors(extractors, pages);
  return scored.map((run, index) => ({ ...run, pagesPerSecond: speeds[index]! }));
}

function pageF1(page: PageScore): number {
  return page.precision + page.recall > 0 ? (2 * page.precision * page.recall) / (page.precision + page.recall) : 0;
}

function formatRow(name: string, score: CorpusScore, pagesPerSecond: number | null): string {
  const speed = pagesPerSecond === null ? '' : pagesPerSecond.toFixed(1).padStart(9);
  return `${name.padEnd(30)}${score.precision.toFixed(3).padStart(7)}${score.recall.toFixed(3).padStart(7)}${score.f1.toFixed(3).padStart(7)}${score.exact.toFixed(3).padStart(7)}${speed}`;
}

const pages = loadPages();
const published = scorePublishedReadability(pages);
const [ours, htmlExtractor, readability] = (await runExtractors([extractOurs, extractWithHtmlExtractor, extractWithReadability], pages)) as [Run, Run, Run];

console.log(`${pages.length} pages from ${dataFolder}\n`);
console.log(`${'system'.padEnd(30)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'exact'.padStart(7)}${'pages/s'.padStart(9)}`);
console.log(formatRow('triangulate (ingest + clean)', ours.score, ours.pagesPerSecond));
console.log(formatRow('  its HTML extractor alone', htmlExtractor.score, htmlExtractor.pagesPerSecond));
console.log(formatRow('readability 0.6 + linkedom', readability.score, readability.pagesPerSecond));
console.log(formatRow('readability (published output)', published, null));
console.log(`\nspeed ratio (triangulate / readability): ${(ours.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}`);

console.log(`\n${PAGES_TO_SHOW} pages where triangulate loses most F1 (page F1 = harmonic mean of the page's P and R):`);
const worst = pages
  .map((page, index) => ({ page, ours: ours.pages[index]!, readability: readability.pages[index]! }))
  .sort((a, b) => pageF1(a.ours) - pageF1(b.ours))
  .slice(0, PAGES_TO_SHOW);
for (const { page, ours: mine, readability: theirs } of worst) {
  console.log(
    `  F1 ${pageF1(mine).toFixed(3)} (P ${mine.precision.toFixed(3)} R ${mine.recall.toFixed(3)}; readability ${pageF1(theirs).toFixed(3)})  ${page.id.slice(0, 12)}  ${page.url}`,
  );
}
