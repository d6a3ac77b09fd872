/**
 * The server under load, as issue 14 asks: a store of 10,000 articles (PGlite, then PostgreSQL), `serve`
 * started as its own process, then a load generator on loopback, 50 connections for 30 s against the story
 * list, a story page and the dossier API (each request a story picked at random, asking for gzip as browsers
 * do). Prints p50 and p99 latency, requests/s, errors and non-2xx answers of each; the server's start-up
 * time; its memory at rest and its peak under load. Each target runs against `serve` as it starts by default
 * (a read's response kept 1 s, --fresh-seconds) and against one that keeps nothing (--fresh-seconds 0).
 *
 * The load comes from wrk (Debian's package: apt-get install wrk) when it is installed, else from autocannon
 * (npm). On a 2-core machine autocannon, one JavaScript thread, tops out at some 60 MB/s of responses parsed
 * and then measures its own queue; wrk, threads of C, does not.
 *
 *   npm run build && node --import tsx bench/serve-load.ts [--articles 10000] [--seconds 30] [--connections 50] [--setups pglite,postgres] [--client wrk|autocannon]
 *
 * The stores are kept (.scratch/serve-load/, and the PostgreSQL database triangulate_serve_load_<n>) and reused
 * by the next run; building one takes a few minutes (`ingest`, dossiers included).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { onDatabase } from './scratch-database.ts';
import { subtopicDocuments, syntheticArticles, writeJsonLines } from './synthetic-articles.ts';

interface LoadResult {
  latency: { p50: number; p99: number; average: number; max: number };
  requests: { average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    setups: { type: 'string', default: 'pglite,postgres' },
    client: { type: 'string', default: existsSync('/usr/bin/wrk') ? 'wrk' : 'autocannon' },
    server: { type: 'string', default: process.env.TRIANGULATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const size = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin/triangulate.js');
const scratch = path.join(root, '.scratch/serve-load');

const inputs = path.join(scratch, `articles-${size}`);
if (!existsSync(inputs)) writeJsonLines(inputs, syntheticArticles(size, subtopicDocuments()));

for (const setup of values.setups.split(',')) {
  const store = setup === 'pglite' ? ['--data', path.join(scratch, `pglite-${size}`)] : ['--db', await postgresStore()];
  // ingesting stored articles again adds nothing, but reading them costs a minute: a store filled once is kept
  const filled = path.join(scratch, `${setup}-${size}.filled`);
  if (!existsSync(filled)) {
    await fill(store);
    writeFileSync(filled, new Date().toISOString());
  }
  await measure(setup, store);
}

/** The bench's PostgreSQL database, made when missing. */
async function postgresStore(): Promise<string> {
  const name = `triangulate_serve_load_${size}`;
  const found = await onDatabase<{ n: number }>(values.server, `SELECT count(*)::int AS n FROM pg_database WHERE datname = '${name}'`);
  if (!found[0]?.n) await onDatabase(values.server, `CREATE DATABASE ${name}`);
  const url = new URL(values.server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Ingests the synthetic articles into the store unless it holds them already (ingest stores each article once). */
async function fill(store: string[]): Promise<void> {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'ingest', inputs, ...store, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr}`);
  process.stdout.write(`store ${store.join(' ')}: ${run.stderr.trim().split('\n').pop()} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}

async function measure(setup: string, store: string[]): Promise<void> {
  for (const fresh of [1, 0]) {
    const started = performance.now();
    const server = spawn(process.execPath, [cli, 'serve', ...store, '--port', '0', '--fresh-seconds', String(fresh)], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await listening(server);
    const startup = (performance.now() - started) / 1000;
    const list = (await (await fetch(`${url}/api/stories?limit=200`)).json()) as { stories: Array<{ id: string; articles: number; figures: unknown }>; total: number };
    const ids = list.stories.filter((story) => story.figures).map((story) => story.id);
    const articles = list.stories.reduce((sum, story) => sum + story.articles, 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const atRest = memory(server.pid!, 'VmRSS');
    process.stdout.write(`\n## ${setup}, serve --fresh-seconds ${fresh}: ${list.total} stories, ${articles} articles placed; ready ${startup.toFixed(2)} s after its start; RSS at rest ${atRest.toFixed(0)} MB\n`);
    // each story's dossier and page read once first, as a server that has run a while holds them
    const warm = performance.now();
    for (const id of ids) {
      await (await fetch(`${url}/api/stories/${id}/dossier`)).arrayBuffer();
      await (await fetch(`${url}/stories/${id}`)).text();
    }
    process.stdout.write(`first read of ${ids.length} dossiers and story pages: ${((performance.now() - warm) / 1000).toFixed(1)} s; RSS then ${memory(server.pid!, 'VmRSS').toFixed(0)} MB\n\n`);
    process.stdout.write(`${values.client}, ${connections} connections, ${seconds} s each:\n\n| target | p50 ms | p99 ms | requests/s | MB/s | errors | non-2xx |\n| --- | --- | --- | --- | --- | --- | --- |\n`);
    const targets: Array<[string, string]> = [
      ['story list /api/stories', '/api/stories'],
      ['story list page /', '/'],
      ['story page /stories/{id}', '/stories/ID'],
      ['dossier API /api/stories/{id}/dossier', '/api/stories/ID/dossier'],
    ];
    for (const [name, target] of targets) {
      const result = values.client === 'wrk' ? loadWithWrk(url, target, ids) : await loadWithAutocannon(url, target, ids);
      process.stdout.write(`| ${name} | ${result.p50.toFixed(0)} | ${result.p99.toFixed(0)} | ${result.rate.toFixed(0)} | ${result.megabytes.toFixed(1)} | ${result.errors} | ${result.non2xx} |\n`);
    }
    process.stdout.write(`\npeak RSS of serve: ${memory(server.pid!, 'VmHWM').toFixed(0)} MB; after the load: ${memory(server.pid!, 'VmRSS').toFixed(0)} MB\n`);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

interface Load {
  p50: number;
  p99: number;
  rate: number;
  megabytes: number;
  errors: number;
  non2xx: number;
}

/** wrk, with a script that puts a random story's id in place of ID in each request. */
function loadWithWrk(url: string, target: string, ids: readonly string[]): Load {
  const script = path.join(scratch, 'pick-story.lua');
  writeFileSync(
    script,
    `local ids = {${ids.map((id) => JSON.stringify(id)).join(',')}}\nmath.randomseed(7)\nrequest = function()\n  local path = string.gsub(${JSON.stringify(target)}, "ID", ids[math.random(#ids)])\n  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })\nend\n`,
  );
  const run = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', script, url], { encoding: 'utf8' });
  const out = run.stdout;
  const millis = (label: string) => {
    const found = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    return found ? Number(found[1]) * (found[2] === 'us' ? 0.001 : found[2] === 's' ? 1000 : 1) : NaN;
  };
  const transfer = /Transfer\/sec:\s+([\d.]+)(KB|MB|GB|B)/.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    p50: millis('50%'),
    p99: millis('99%'),
    rate: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    megabytes: transfer ? Number(transfer[1]) * ({ B: 1e-6, KB: 1e-3, MB: 1, GB: 1e3 } as Record<string, number>)[transfer[2]!]! : NaN,
    errors: socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

async function loadWithAutocannon(url: string, target: string, ids: readonly string[]): Promise<Load> {
  const pick = () => target.replace('ID', ids[Math.floor(Math.random() * ids.length)]!);
  const result = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' }, requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: pick() }) }] });
  return { p50: result.latency.p50, p99: result.latency.p99, rate: result.requests.average, megabytes: result.throughput.average / 1e6, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** The server's URL, once it says it listens. */
function listening(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let said = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /triangulate serve: (http:\/\/\S+)/.exec(said);
      if (found) resolve(found[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${said}`)));
  });
}

/** A figure of /proc/<pid>/status in MB: VmRSS (resident now) or VmHWM (the peak). */
function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const found = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return found ? Number(found[1]) / 1024 : NaN;
}
