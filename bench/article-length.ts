/**
 * Cost against an article's length (issue 11): one article of 100 KB, 1 MB, 4 MB and 16 MB of news prose,
 * each analysed in a fresh process (ingest → clean → annotate → cluster → align → relate, then the Markdown
 * report), with the processor seconds of each stage, the wall and processor time of the process and its
 * peak resident set side by side, and the growth exponent of each (the slope of log cost over log length:
 * 1 is linear). Processor time is the steadier figure on a shared machine: wall time stretches with the
 * load, which is printed too.
 *
 *   node --import tsx bench/article-length.ts
 *   node --import tsx bench/article-length.ts --sizes 100k,1m,4m --limit 300
 *
 * The article is ECB+ dev documents (shared/data/clustering/ecbplus.dev.jsonl, about 1.4 MB of text) one
 * after another, each a paragraph, until the size is reached: past 1.4 MB the documents come round again,
 * as a page that repeats itself would. Each process is stopped after --limit seconds (default 600) and the
 * larger sizes are then skipped. Target: exponent ≤ 1.2 and a 4 MB article in under 10 s. Figures only,
 * nothing is asserted; on a shared machine run it when it is quiet and read the figures with care.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEcbDocuments } from './ecbplus.ts';
import { slope, steps } from './growth.ts';

const CHILD_FLAG = '--one-article';

/**
 * The baseline: this bench on the commit before the span lookups (a6e4297), same machine, load average
 * 1 to 4 on 2 cores; the 16 MB article was still running at 600 s (issue 11 saw 21.6 MB do so too).
 * Branch wt-speed against 5c0fc55, runs interleaved at load 4.5 on 2 cores (mean of two): 4 MB 32.1 → 24.7 s wall,
 * 35.4 → 25.8 s cpu (align 10.7 → 4.1, annotate 13.9 → 11.4), peak RSS 1180 → 842 MB; 1 MB 12.2 → 9.4 s wall.
 * Branch wt-speed3 against b05bbdb, runs interleaved at load 2.5 to 3.3 on 2 cores (two of each): 4 MB ingest 0.56–0.79 → 0.18–0.19 s,
 * clean 1.44–1.66 → 0.57–0.64 s, align 2.85–3.28 → 2.59–2.94 s of processor; annotate and the totals moved less than the load did
 * (warm, best of four: quotes 1.64 → 1.35 s, align 2.56 → 1.95 s).
 */
const BEFORE: ReadonlyArray<{ text: string; wall: number | null; cpu: number | null; peakMegabytes: number | null }> = [
  { text: '100 KB', wall: 1.31, cpu: 3.4, peakMegabytes: 246 },
  { text: '1.0 MB', wall: 9.76, cpu: 13.8, peakMegabytes: 476 },
  { text: '4.0 MB', wall: 91.51, cpu: 98.1, peakMegabytes: 908 },
  { text: '16.0 MB', wall: null, cpu: null, peakMegabytes: null },
];

if (process.argv[2] === CHILD_FLAG) await analyseOneArticle(process.argv[3]!);
else runSizes(process.argv.slice(2));

interface Measure {
  bytes: number;
  seconds: number;
  /** Processor seconds (user and system) of the whole process, start-up included: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMegabytes: number;
  stages: Record<string, number>;
  facts: number;
  clauses: number;
}

function runSizes(argv: string[]): void {
  const sizes = readSizes(option(argv, '--sizes') ?? '100k,1m,4m,16m');
  const limitSeconds = Number(option(argv, '--limit') ?? 600);
  const folder = mkdtempSync(path.join(tmpdir(), 'article-length-'));
  const measures: Measure[] = [];
  try {
    for (const size of sizes) {
      const file = path.join(folder, `article-${size}.txt`);
      writeFileSync(file, newsProse(size));
      const result = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, CHILD_FLAG, file], { encoding: 'utf8', timeout: limitSeconds * 1000, maxBuffer: 64 * 1024 * 1024 });
      const line = result.stdout?.split('\n').find((text) => text.startsWith('{'));
      if (result.status !== 0 || !line) {
        console.log(`${formatBytes(size)}: stopped (${result.signal ? `over ${limitSeconds} s` : `exit ${result.status}: ${result.stderr.slice(0, 300)}`}); larger sizes skipped`);
        break;
      }
      const measure = JSON.parse(line) as Measure;
      measures.push(measure);
      console.log(`${formatBytes(size)} done in ${measure.seconds.toFixed(1)} s`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  printTable(measures);
}

/** The child: one article through the whole pipeline, each stage timed, then the peak resident set. */
async function analyseOneArticle(file: string): Promise<void> {
  const { analyzeStory, STAGES } = await import('../src/pipeline.ts');
  const { renderDossier } = await import('../src/report/index.ts');
  const stages: Record<string, number> = {};
  // processor seconds, not wall: a shared machine stretches wall time, not the work done
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const timed = <A extends unknown[], R>(name: string, step: (...args: A) => R) => (...args: A): R => {
    const started = cpuNow();
    try {
      return step(...args);
    } finally {
      stages[name] = (stages[name] ?? 0) + cpuNow() - started;
    }
  };
  const started = performance.now();
  const cpuStarted = cpuNow();
  // the whole article, however long: the default --max-text-length (1,000,000 characters) would cut 4 MB to 1 MB
  const dossier = await analyzeStory([file], { ingest: { maxBytes: 64 * 1024 * 1024, maxTextLength: Number.MAX_SAFE_INTEGER, timeBudgetMs: 3_600_000 } }, {
    stages: { clean: timed('clean', STAGES.clean), annotate: timed('annotate', STAGES.annotate), readForCluster: timed('cluster', STAGES.readForCluster), cluster: timed('cluster', STAGES.cluster), align: timed('align', STAGES.align), relate: timed('relate', STAGES.relate) },
  });
  const cpuAnalysed = cpuNow();
  timed('report', renderDossier)(dossier, 'md');
  const seconds = (performance.now() - started) / 1000;
  // ingest (and collapsing duplicates) is what the timed stages leave of the analysis
  const staged = ['clean', 'annotate', 'cluster', 'align', 'relate'].reduce((sum, name) => sum + (stages[name] ?? 0), 0);
  stages['ingest'] = cpuAnalysed - cpuStarted - staged;
  if (dossier.failed.length) throw new Error(`the article failed: ${dossier.failed.map((entry) => entry.reason).join('; ')}`);
  const article = dossier.articles[0]!;
  const measure: Measure = {
    bytes: Buffer.byteLength(article.raw, 'utf8'),
    seconds,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    stages,
    facts: dossier.facts.length,
    clauses: article.clauses.length,
  };
  console.log(JSON.stringify(measure));
}

/** ECB+ dev documents, each one paragraph, blank lines between, until `size` bytes: whole sentences only. */
function newsProse(size: number): string {
  const paragraphs = loadEcbDocuments().map((document) => document.text.split('\n').join(' '));
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < size; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  return parts.join('\n\n').slice(0, size).replace(/[^.!?"]*$/, '') + '\n';
}

function printTable(measures: Measure[]): void {
  if (!measures.length) return;
  const stageNames = ['ingest', 'clean', 'annotate', 'cluster', 'align', 'relate', 'report'];
  const cell = (text: string, width = 9) => text.padStart(width);
  console.log(`\none article of ECB+ news prose, fresh process each: processor seconds (user + system) per stage, wall and cpu seconds of the whole process (start-up included), peak RSS in MB`);
  console.log(`load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(', ')} on ${availableParallelism()} cores (wall time stretches when the machine is shared)`);
  console.log(`${'text'.padStart(8)}${stageNames.map((name) => cell(name)).join('')}${cell('wall')}${cell('cpu', 7)}${cell('peak RSS', 10)}${cell('clauses')}${cell('facts', 7)}`);
  for (const measure of measures) {
    console.log(`${formatBytes(measure.bytes).padStart(8)}${stageNames.map((name) => cell((measure.stages[name] ?? 0).toFixed(2))).join('')}${cell(measure.seconds.toFixed(2))}${cell(measure.cpuSeconds.toFixed(1), 7)}${cell(measure.peakMegabytes.toFixed(0), 10)}${cell(String(measure.clauses))}${cell(String(measure.facts), 7)}`);
  }
  console.log(`baseline, before the span lookups (commit a6e4297; wall and cpu seconds, peak RSS in MB):`);
  for (const { text, wall, cpu, peakMegabytes } of BEFORE) {
    console.log(`${text.padStart(8)}${' '.repeat(63)}${cell(wall === null ? '>600' : wall.toFixed(2))}${cell(cpu === null ? '' : cpu.toFixed(1), 7)}${cell(peakMegabytes === null ? '' : String(peakMegabytes), 10)}`);
  }
  console.log(`  (time exponent then: 1.11 over 100 KB to 4 MB, 1.62 from 1 to 4 MB)`);
  if (measures.length < 2) return;
  const sizes = measures.map((measure) => measure.bytes);
  console.log(`\ngrowth exponent (slope of log cost over log length; 1 is linear, target ≤ 1.2):`);
  console.log(`  time, all sizes: ${slope(sizes, measures.map((measure) => measure.seconds)).toFixed(2)}; step by step: ${steps(sizes, measures.map((measure) => measure.seconds))}`);
  console.log(`  cpu,  all sizes: ${slope(sizes, measures.map((measure) => measure.cpuSeconds)).toFixed(2)}; step by step: ${steps(sizes, measures.map((measure) => measure.cpuSeconds))}`);
  for (const name of stageNames) {
    const times = measures.map((measure) => measure.stages[name] ?? 0);
    if (times.some((time) => time < 0.02)) {
      console.log(`  ${name.padEnd(8)} too quick to measure at some size`);
      continue;
    }
    console.log(`  ${name.padEnd(8)} ${slope(sizes, times).toFixed(2)}; step by step: ${steps(sizes, times)}`);
  }
  // memory above what an empty run holds (about the process and its word lists) is what the text costs
  console.log(`  peak RSS, all sizes: ${slope(sizes, measures.map((measure) => measure.peakMegabytes)).toFixed(2)}; step by step: ${steps(sizes, measures.map((measure) => measure.peakMegabytes))}`);
  const fourMegabytes = measures.find((measure) => Math.abs(measure.bytes - 4 * 1024 * 1024) < 256 * 1024);
  if (fourMegabytes) console.log(`4 MB article: ${fourMegabytes.seconds.toFixed(1)} s wall, ${fourMegabytes.cpuSeconds.toFixed(1)} s of processor (target under 10 s)`);
  // V8 lets the heap grow while it can: peak RSS overstates what the text needs (a 4 MB article runs in --max-old-space-size=600, 720 MB RSS)
}

function readSizes(text: string): number[] {
  return text.split(',').map((part) => {
    const match = /^(\d+(?:\.\d+)?)([km])$/i.exec(part.trim());
    if (!match) throw new Error(`bench: a size is a number with k or m (100k, 4m), not "${part}"`);
    return Math.round(Number(match[1]) * (match[2]!.toLowerCase() === 'k' ? 1024 : 1024 * 1024));
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}
