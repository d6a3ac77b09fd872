/**
 * Ingest throughput into the store: 10,000 articles (built from the ECB+ documents: each story's articles
 * drawn from one sub-topic's sentences, as bench/align.ts builds its synthetic stories) read, cleaned,
 * annotated, stored and placed into stories, by `triangulate ingest` into PGlite (one process), and through
 * the queue into PostgreSQL with 1 and 2 `triangulate worker` processes, each at 1,000 and at 10,000
 * articles, to see whether memory stays flat as the store grows. Articles per second and the peak resident
 * set of each process. Dossiers are left out of the one-process runs (`--no-dossiers`); the workers write
 * them as jobs after placing, so their runs print the time until every article is stored and placed (the
 * queue holds no read or place job and no article waits, polled every 200 ms, with the workers' peak resident
 * set until then) and the time until the queue is empty, with the CPU the PostgreSQL server spent (read from
 * /proc: the server must run on this machine) and the size of the database.
 *
 * With --expose-gc, it also ingests the articles into PGlite in this process and prints the heap still held
 * after a garbage collection at every 1,000 articles: what the process keeps, apart from the garbage V8
 * lets pile up before it collects (which the peak resident set includes).
 *
 *   node --import tsx bench/ingest.ts [--articles 10000] [--setups pglite,1,2] [--db postgres://postgres@127.0.0.1:5432/test]
 *   node --import tsx bench/ingest.ts --articles 20000 --setups pglite   # the one-process store only, at 1,000 and 20,000
 *   node --expose-gc --import tsx bench/ingest.ts
 *
 * Runs the built CLI (bin/triangulate.js: build first). Figures only, nothing asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type StoreLocation } from '../src/store/index.ts';
import { bcubed } from './bcubed.ts';
import { DEFAULT_STREAM_OPTIONS, ingestIntoStore } from '../src/story-stream.ts';
import { onDatabase, scratchDatabase } from './scratch-database.ts';
import { ARTICLES_PER_FILE, subtopicDocuments, syntheticArticles, writeJsonLines } from './synthetic-articles.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const total = Number(option('--articles') ?? 10_000);
const server = option('--db') ?? 'postgres://postgres@127.0.0.1:5432/test';
// which setups run: pglite, and the numbers of workers on PostgreSQL
const setups = (option('--setups') ?? 'pglite,1,2').split(',');
const workerCounts = setups.filter((setup) => setup !== 'pglite').map(Number);
if (workerCounts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`bench: --setups takes pglite and numbers of workers, e.g. pglite,1,2 (got ${setups.join(',')})`);
const BIN = path.resolve(import.meta.dirname, '../bin/triangulate.js');

const folder = mkdtempSync(path.join(tmpdir(), 'triangulate-ingest-bench-'));
const sizes = total > 1000 ? [1000, total] : [total];
const subtopics = subtopicDocuments();
const subtopicCount = subtopics.length;
for (const size of sizes) writeJsonLines(path.join(folder, `articles-${size}`), syntheticArticles(size, subtopics));
console.log(`${sizes.join(' and ')} articles from ECB+ sub-topics, ${ARTICLES_PER_FILE} to a JSON Lines file, in ${folder}; node ${process.version}\n`);

for (const size of setups.includes('pglite') ? sizes : []) {
  const ingest = run(['ingest', path.join(folder, `articles-${size}`), '--data', path.join(folder, `store-${size}`), '--no-dossiers', '--quiet']);
  report(`PGlite, 1 process, ${size} articles`, size, await timed(() => ingest.peakKb));
  console.log(`${''.padEnd(4)}${await storyQuality({ data: path.join(folder, `store-${size}`) })}`);
}
for (const workers of workerCounts) {
  for (const size of sizes) {
    const { url, drop } = await scratchDatabase(server);
    await run(['ingest', path.join(folder, `articles-${size}`), '--db', url, '--queue', '--quiet']).peakKb;
    const serverCpu = await serverCpuSeconds(url);
    const started = performance.now();
    const processes = Array.from({ length: workers }, (_, index) => run(['worker', '--db', url, '--name', `bench-${index}`, '--exit-when-idle']));
    const placed = whenPlaced(url, processes);
    const result = await timed(() => Promise.all(processes.map((process) => process.peakKb)).then((peaks) => Math.max(...peaks)));
    const { at, peakKb } = await placed;
    const label = `PostgreSQL, ${workers} ${workers === 1 ? 'worker' : 'workers'}, ${size} articles`;
    report(`${label}, stored and placed`, size, { seconds: (at - started) / 1000, value: peakKb });
    report(`${label}, and every dossier written`, size, result);
    console.log(`${''.padEnd(4)}${await storyQuality({ db: url })}`);
    const cpu = (await serverCpuSeconds(url)) - serverCpu;
    const bytes = await databaseBytes(url);
    console.log(`${''.padEnd(4)}the server: ${cpu.toFixed(1)} CPU s (${((1000 * cpu) / size).toFixed(1)} ms an article); the database ${(bytes / 2 ** 20).toFixed(0)} MB (${(bytes / size / 1024).toFixed(1)} kB an article)`);
    await drop();
  }
}
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage) {
  const db = await openStore({ data: path.join(folder, 'store-in-process') });
  const held: string[] = [];
  await ingestIntoStore(db, [path.join(folder, `articles-${total}`)], {}, {
    onStored: (stored) => {
      if (stored % 1000 >= DEFAULT_STREAM_OPTIONS.batchSize) return;
      collectGarbage();
      held.push(`${stored}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
    },
  });
  await db.close();
  console.log(`\nPGlite in this process, heap held after a collection, by articles stored: ${held.join(', ')}`);
}
rmSync(folder, { recursive: true, force: true });

function report(label: string, articles: number, { seconds, value: peakKb }: { seconds: number; value: number }): void {
  console.log(`${label.padEnd(66)} ${seconds.toFixed(1).padStart(7)} s  ${(articles / seconds).toFixed(1).padStart(7)} articles/s  peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

/** The CLI under GNU time: `peakKb` resolves with its peak resident set in kB; `residentKb` reads its resident set now (0 once it ended). */
function run(cliArgs: string[]): { peakKb: Promise<number>; residentKb: () => number } {
  const child = spawn('/usr/bin/time', ['-f', '%M', 'node', BIN, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const peakKb = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve(Number(stderr.trim().split('\n').at(-1))) : reject(new Error(`triangulate ${cliArgs[0]} exited ${code}: ${stderr}`))));
  });
  // time's child is node
  const residentKb = () => {
    try {
      const node = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${node}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  return { peakKb, residentKb };
}

/**
 * When the queue has no read or place job left and every article is in a story (polled every 200 ms; the
 * workers go on with the dossiers), and the peak resident set of the workers until then.
 */
async function whenPlaced(url: string, processes: ReadonlyArray<{ residentKb: () => number }>): Promise<{ at: number; peakKb: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let peakKb = 0;
  try {
    for (;;) {
      for (const process of processes) peakKb = Math.max(peakKb, process.residentKb());
      const { rows } = await client.query<{ left: number; unplaced: number }>(
        `SELECT (SELECT count(*)::int FROM jobs WHERE kind IN ('read', 'place') AND state IN ('queued', 'running')) AS left,
                (SELECT count(*)::int FROM cluster_readings WHERE NOT placed) AS unplaced`,
      );
      if (rows[0]!.left === 0 && rows[0]!.unplaced === 0) return { at: performance.now(), peakKb };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await client.end();
  }
}

/**
 * The stored stories against the sub-topics the articles were made from (each article's source is
 * `<file>.jsonl#<line>`, 1-based): B³ over the articles placed (duplicates collapsed at reading are left out).
 */
async function storyQuality(location: StoreLocation): Promise<string> {
  const db = await openStore(location);
  try {
    const rows = await db.query<{ story_id: string; source: string }>('SELECT s.story_id, a.source FROM story_articles s JOIN articles a ON a.id = s.article_id');
    const stories = new Map<string, string[]>();
    for (const row of rows) stories.set(row.story_id, [...(stories.get(row.story_id) ?? []), row.source]);
    const goldOf = (source: string) => {
      const [, file, line] = /(\d+)\.jsonl#(\d+)$/.exec(source)!;
      return String((Number(file) * ARTICLES_PER_FILE + Number(line) - 1) % subtopicCount);
    };
    const { precision, recall, f1 } = bcubed([...stories.values()], goldOf);
    const events = new Set(rows.map((row) => goldOf(row.source))).size;
    return `stories: ${stories.size} for ${events} sub-topics, B³ P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`;
  } finally {
    await db.close();
  }
}

/**
 * CPU seconds the PostgreSQL server's processes have used: its postmaster's own and its ended children's
 * (each connection's backend, counted once the connection closes), from /proc; the server must run here.
 */
async function serverCpuSeconds(url: string): Promise<number> {
  const [folder] = await onDatabase<{ setting: string }>(url, "SELECT setting FROM pg_settings WHERE name = 'data_directory'");
  const postmaster = readFileSync(path.join(folder!.setting, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  // fields after the command's closing parenthesis: utime is the 14th field, stime, cutime, cstime follow
  const fields = readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

async function databaseBytes(url: string): Promise<number> {
  return Number((await onDatabase<{ bytes: string }>(url, 'SELECT pg_database_size(current_database()) AS bytes'))[0]!.bytes);
}
