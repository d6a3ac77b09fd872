/**
 * Ingest throughput into the store: 10,000 articles (built from the ECB+ documents: each story's articles
 * drawn from one sub-topic's sentences, as bench/align.ts builds its synthetic stories) read, cleaned,
 * annotated, stored and placed into stories, by `triangulate ingest` into PGlite (one process), and through
 * the queue into PostgreSQL with 1 and 2 `triangulate worker` processes. Articles per second, and the peak
 * resident set of each process (at 1,000 and at 10,000 articles for the one-process store, to see that memory
 * stays flat as the store grows). Dossiers are left out (`--no-dossiers`): their cost is another figure.
 *
 *   node --import tsx bench/ingest.ts [--articles 10000] [--db postgres://postgres@127.0.0.1:5432/test]
 *
 * Runs the built CLI (bin/triangulate.js: build first). Figures only, nothing asserted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { groupBy, linesOf, loadEcbDocuments } from './ecbplus.ts';
import { createRandom } from './random.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const total = Number(option('--articles') ?? 10_000);
const server = option('--db') ?? 'postgres://postgres@127.0.0.1:5432/test';
const BIN = path.resolve(import.meta.dirname, '../bin/triangulate.js');
const PER_FILE = 100;

const folder = mkdtempSync(path.join(tmpdir(), 'triangulate-ingest-bench-'));
writeArticles(path.join(folder, 'all'), total);
if (total > 1000) writeArticles(path.join(folder, 'first-1000'), 1000);
console.log(`${total} articles from ECB+ sub-topics, ${PER_FILE} to a JSON Lines file, in ${folder}; node ${process.version}\n`);

if (total > 1000) report('PGlite, 1 process, 1,000 articles', 1000, await timed(() => run(['ingest', path.join(folder, 'first-1000'), '--data', path.join(folder, 'store-1000'), '--no-dossiers', '--quiet'])));
report(`PGlite, 1 process, ${total} articles`, total, await timed(() => run(['ingest', path.join(folder, 'all'), '--data', path.join(folder, 'store-all'), '--no-dossiers', '--quiet'])));
for (const workers of [1, 2]) {
  const url = await freshDatabase();
  await run(['ingest', path.join(folder, 'all'), '--db', url, '--queue', '--quiet']);
  const result = await timed(() => Promise.all(Array.from({ length: workers }, (_, index) => run(['worker', '--db', url, '--name', `bench-${index}`, '--exit-when-idle']))).then((peaks) => Math.max(...peaks)));
  report(`PostgreSQL, ${workers} ${workers === 1 ? 'worker' : 'workers'}, ${total} articles`, total, result);
  await dropDatabase(url);
}
rmSync(folder, { recursive: true, force: true });

function report(label: string, articles: number, { seconds, value: peakKb }: { seconds: number; value: number }): void {
  console.log(`${label.padEnd(42)} ${seconds.toFixed(1).padStart(7)} s  ${(articles / seconds).toFixed(1).padStart(7)} articles/s  peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

/** The CLI under GNU time: resolves with its peak resident set in kB. */
function run(cliArgs: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', 'node', BIN, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(Number(stderr.trim().split('\n').at(-1))) : reject(new Error(`triangulate ${cliArgs[0]} exited ${code}: ${stderr}`))));
  });
}

/** `count` articles in JSON Lines files: story after story, each a sub-topic's, its articles 8–20 of the sub-topic's sentences, shuffled. */
function writeArticles(into: string, count: number): void {
  mkdirSync(into, { recursive: true });
  const random = createRandom(7);
  const subtopics = [...groupBy(loadEcbDocuments(), (document) => document.subtopic).values()];
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const documents = subtopics[index % subtopics.length]!;
    const body = documents.flatMap((document) => linesOf(document).slice(1).map((line) => line.text)).filter((text) => text.trim());
    // a sub-topic whose documents are headlines alone: its headlines are the sentences
    const sentences = body.length ? body : documents.flatMap((document) => linesOf(document).map((line) => line.text));
    const picked = Array.from({ length: 8 + Math.floor(random() * 13) }, () => sentences[Math.floor(random() * sentences.length)]!);
    const headline = linesOf(documents[Math.floor(random() * documents.length)]!)[0]!.text;
    const day = String(1 + (Math.floor(index / subtopics.length) % 28)).padStart(2, '0');
    lines.push(JSON.stringify({ title: headline, text: picked.join('\n\n'), outlet: `Outlet ${index % 97}`, published: `2020-03-${day}` }));
  }
  for (let file = 0; file * PER_FILE < lines.length; file++) writeFileSync(path.join(into, `${String(file).padStart(5, '0')}.jsonl`), `${lines.slice(file * PER_FILE, (file + 1) * PER_FILE).join('\n')}\n`);
}

async function freshDatabase(): Promise<string> {
  const name = `triangulate_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await client.end();
}

