/**
 * Memory and time against the size of a batch (issue 11): 1,000 and 10,000 one-paragraph articles (and
 * 100,000 with --sizes 1000,10000,100000), each batch analysed by the real command in a fresh process
 * (`triangulate analyze FOLDER --format json --out-dir DIR -q`) under /usr/bin/time, with its wall time,
 * peak resident set, exit status, the stories it found and the bytes it wrote side by side, and the growth
 * exponent of each (the slope of log cost over log batch size: 1 is linear; the target for memory is
 * under 1 once the batch is past one story's size).
 *
 *   node --import tsx bench/batch-size.ts
 *   node --import tsx bench/batch-size.ts --sizes 1000,10000,100000 --limit 3600
 *
 * Each article is one paragraph of two to four sentences of an ECB+ dev document
 * (shared/data/clustering/ecbplus.dev.jsonl: 772 documents, 66 gold stories), sentences drawn from two
 * documents of the same gold story so that paragraphs vary, with an outlet and a URL of its own; the
 * articles go into JSON Lines files of 1,000 articles each (one file of 100,000 would pass --max-bytes).
 * Figures only, nothing is asserted; wall time stretches on a shared machine (the load is printed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadEcbDocuments, type EcbDocument } from './ecbplus.ts';
import { createRandom } from './random.ts';
import { slope, steps } from './growth.ts';

const ARTICLES_PER_FILE = 1000;
const COMMAND = path.resolve(import.meta.dirname, '../bin/triangulate.js');

/**
 * The baselines, same machine, 2 cores shared with other work (load 2 to 5): this bench on main before the
 * JSON was written in pieces (commit 2872481), before stories were aligned and written one at a time
 * with the articles waiting on disk (commit 5c0fc55), and before the cluster stage stopped chaining short
 * items of several stories into one (commit b05bbdb).
 */
const BEFORE: ReadonlyArray<{ articles: number; wall: number | null; peakMegabytes: number | null; note: string }> = [
  { articles: 1000, wall: 8.9, peakMegabytes: 366, note: '6.5 MB written' },
  { articles: 3000, wall: 71.0, peakMegabytes: 2308, note: '362 MB written (one story of 2,224 articles: 1.69 million omissions)' },
  { articles: 10000, wall: 164.0, peakMegabytes: 4127, note: 'failed, nothing written: its largest story is 2.8 GB of JSON, past the longest string V8 makes' },
];
const BEFORE_ONE_STORY_AT_A_TIME: ReadonlyArray<{ articles: number; wall: number | null; peakMegabytes: number | null; note: string }> = [
  { articles: 1000, wall: 5.7, peakMegabytes: 333, note: '6.5 MB written' },
  { articles: 10000, wall: 184.0, peakMegabytes: 2607, note: '2.8 GB written (31 stories; omissions repeating every reporting article)' },
  { articles: 100000, wall: 565.0, peakMegabytes: null, note: 'crashed: V8 heap out of memory, every annotated article held' },
];

const BEFORE_NO_CHAINING: ReadonlyArray<{ articles: number; wall: number | null; peakMegabytes: number | null; note: string }> = [
  { articles: 10000, wall: 109.0, peakMegabytes: 1193, note: '52 MB written; 31 stories, the largest 9,471 (chained)' },
  { articles: 100000, wall: 984.0, peakMegabytes: 3529, note: '491 MB written; 46 stories: 88,885 articles chained into one, aligned in 9 parts' },
];

interface Measure {
  articles: number;
  seconds: number;
  peakMegabytes: number;
  exit: number | null;
  stories: number | null;
  /** Articles in the largest story (the index's first), which bounds what is held while stories are aligned. */
  largest: number | null;
  writtenMegabytes: number;
  error: string;
}

const argv = process.argv.slice(2);
const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
const limitSeconds = Number(option('--limit') ?? 1800);
const keep = argv.includes('--keep');
const folder = mkdtempSync(path.join(tmpdir(), 'batch-size-'));
const measures: Measure[] = [];
try {
  const documents = loadEcbDocuments();
  for (const size of sizes) {
    const inputs = path.join(folder, `articles-${size}`);
    writeArticles(inputs, documents, size);
    const outDir = path.join(folder, `out-${size}`);
    const measure = analyse(inputs, outDir, size);
    measures.push(measure);
    console.log(`${size} articles: ${measure.seconds.toFixed(1)} s, ${measure.peakMegabytes.toFixed(0)} MB peak, exit ${measure.exit}${measure.error ? `: ${measure.error}` : ''}`);
    if (!keep) rmSync(outDir, { recursive: true, force: true });
  }
} finally {
  if (keep) console.log(`inputs and outputs kept in ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
printTable(measures);

/** N one-paragraph articles in JSON Lines files of ARTICLES_PER_FILE each; the same N gives the same articles. */
function writeArticles(target: string, documents: readonly EcbDocument[], count: number): void {
  mkdirSync(target, { recursive: true });
  const random = createRandom(count);
  const byStory = new Map<string, string[][]>();
  for (const document of documents) {
    const sentences = document.text.split('\n').filter((line) => line.trim().length > 20);
    if (sentences.length < 2) continue;
    byStory.set(document.subtopic, [...(byStory.get(document.subtopic) ?? []), sentences]);
  }
  const stories = [...byStory.entries()];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const [story, documentsOfStory] = stories[index % stories.length]!;
    const first = pick(documentsOfStory);
    const second = pick(documentsOfStory);
    const start = Math.floor(random() * (first.length - 1));
    const sentences = [...first.slice(start, start + 1 + Math.floor(random() * 2)), second[Math.floor(random() * second.length)]!];
    const outlet = `outlet-${index % 97}`;
    lines.push(JSON.stringify({ title: first[0]!.split(' ').slice(0, 10).join(' '), text: sentences.join(' '), url: `https://${outlet}.example/${story}/${index}`, source_domain: `${outlet}.example` }));
    if (lines.length === ARTICLES_PER_FILE || index === count - 1) {
      writeFileSync(path.join(target, `articles-${String(Math.floor(index / ARTICLES_PER_FILE)).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
      lines = [];
    }
  }
}

/** The real command on the folder, under /usr/bin/time -v: its peak resident set is the kernel's figure. */
function analyse(inputs: string, outDir: string, articles: number): Measure {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, COMMAND, 'analyze', inputs, '--format', 'json', '--out-dir', outDir, '-q'], {
    encoding: 'utf8',
    timeout: limitSeconds * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const stories = /(\d+) stor(?:y|ies) written to/.exec(result.stderr ?? '');
  const timeReport = (result.stderr ?? '').indexOf('\tCommand being timed');
  const ownError = (timeReport === -1 ? result.stderr ?? '' : result.stderr.slice(0, timeReport)).split('\n').filter((line) => line && !/stor(y|ies) written to|^triangulate: .*: (clean|annotate|cluster|align) failed/.test(line));
  return {
    articles,
    seconds,
    peakMegabytes: peak ? Number(peak[1]) / 1024 : 0,
    exit: result.signal ? null : result.status,
    stories: stories ? Number(stories[1]) : null,
    largest: largestStory(outDir),
    writtenMegabytes: folderBytes(outDir) / 1024 / 1024,
    error: result.signal ? `stopped after ${limitSeconds} s (${result.signal})` : !stories ? ownError.slice(-4).join(' | ').slice(0, 600) : '',
  };
}

function largestStory(outDir: string): number | null {
  try {
    const index = JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8')) as { stories: Array<{ articles: number }> };
    return Math.max(...index.stories.map((story) => story.articles));
  } catch {
    return null;
  }
}

function folderBytes(target: string): number {
  try {
    return readdirSync(target).reduce((sum, name) => sum + statSync(path.join(target, name)).size, 0);
  } catch {
    return 0;
  }
}

function printTable(rows: readonly Measure[]): void {
  if (!rows.length) return;
  const cell = (text: string, width = 10) => text.padStart(width);
  console.log(`\none-paragraph ECB+ articles, analyze --format json --out-dir, fresh process each: wall seconds, peak RSS in MB, stories found, articles in the largest, MB written`);
  console.log(`load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(', ')} on ${availableParallelism()} cores`);
  console.log(`${cell('articles')}${cell('wall')}${cell('peak RSS')}${cell('exit', 6)}${cell('stories', 9)}${cell('largest', 9)}${cell('written')}`);
  for (const row of rows) {
    console.log(`${cell(String(row.articles))}${cell(row.seconds.toFixed(1))}${cell(row.peakMegabytes.toFixed(0))}${cell(row.exit === null ? 'killed' : String(row.exit), 6)}${cell(row.stories === null ? '-' : String(row.stories), 9)}${cell(row.largest === null ? '-' : String(row.largest), 9)}${cell(row.writtenMegabytes.toFixed(1))}`);
  }
  for (const [title, rows] of [
    ['baseline, the JSON rendered as one string (commit 2872481):', BEFORE],
    ['baseline, every story aligned before any was written, every article held (commit 5c0fc55):', BEFORE_ONE_STORY_AT_A_TIME],
    ['baseline, stories found by linking every pair alike enough, which chained (commit b05bbdb):', BEFORE_NO_CHAINING],
  ] as const) {
    console.log(title);
    for (const row of rows) {
      console.log(`${cell(String(row.articles))}${cell(row.wall === null ? '-' : row.wall.toFixed(1))}${cell(row.peakMegabytes === null ? '-' : row.peakMegabytes.toFixed(0))}  ${row.note}`);
    }
  }
  const finished = rows.filter((row) => row.exit !== null && row.exit <= 1);
  if (finished.length < 2) return;
  const counts = finished.map((row) => row.articles);
  console.log(`\ngrowth exponent (slope of log cost over log batch size; 1 is linear, memory should stay under 1):`);
  console.log(`  wall time: ${slope(counts, finished.map((row) => row.seconds)).toFixed(2)}; step by step: ${steps(counts, finished.map((row) => row.seconds))}`);
  console.log(`  peak RSS:  ${slope(counts, finished.map((row) => row.peakMegabytes)).toFixed(2)}; step by step: ${steps(counts, finished.map((row) => row.peakMegabytes))}`);
}

function option(name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}
