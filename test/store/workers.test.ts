import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { BIN, REPO, sharedPath } from '../shared-folder.ts';
import { freshStore } from './databases.ts';

function worker(db: string, name: string): ChildProcess {
  return spawn('node', [BIN, 'worker', '--db', db, '--name', name, '--lease-seconds', '3', '--exit-when-idle'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

test('two workers share one PostgreSQL queue; one killed with SIGKILL mid-job leaves its job to the other, and no article is lost or stored twice', async () => {
  const fresh = await freshStore('postgres');
  const url = fresh.location.db!;
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-workers-'));
  const lines = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  // the first job, a JSON Lines file of 150 articles, runs long enough to be killed midway; then 12 one-article files
  writeFileSync(join(folder, '000-many.jsonl'), `${lines.slice(0, 150).map((line) => JSON.stringify({ text: (JSON.parse(line) as { text: string }).text })).join('\n')}\n`);
  for (const line of lines.slice(150, 162)) {
    const document = JSON.parse(line) as { id: string; text: string };
    writeFileSync(join(folder, `${document.id}.txt`), document.text);
  }
  const queued = spawnSync('node', [BIN, 'ingest', folder, '--db', url, '--queue', '--quiet'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(queued.status, 0, queued.stderr);
  assert.match(queued.stderr, /13 inputs queued/);
  const db = await openStore({ db: url });
  try {
    const first = worker(url, 'first');
    // the first worker takes the long job; it is killed while it holds it
    for (let waited = 0; ; waited += 50) {
      const [held] = await db.query<{ id: number }>("SELECT id FROM jobs WHERE worker = 'first' AND state = 'running' AND payload->>'input' LIKE '%000-many.jsonl'");
      if (held) break;
      assert.ok(waited < 60_000, 'the first worker never took the long job');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const second = worker(url, 'second');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.kill('SIGKILL');
    await exited(first);
    const [killed] = await db.query<{ state: string; worker: string }>("SELECT state, worker FROM jobs WHERE payload->>'input' LIKE '%000-many.jsonl'");
    assert.deepEqual(killed, { state: 'running', worker: 'first' }, 'killed mid-job');
    let log = '';
    second.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    assert.equal(await exited(second), 0, log);
    const [long] = await db.query<{ state: string; worker: string; attempts: number }>("SELECT state, worker, attempts FROM jobs WHERE payload->>'input' LIKE '%000-many.jsonl'");
    assert.deepEqual(long, { state: 'done', worker: 'second', attempts: 2 }, 'the killed job retried by the other worker');
    const [counts] = await db.query<{ unfinished: number; articles: number; placed: number; distinct_texts: number; waiting: number }>(
      `SELECT (SELECT count(*)::int FROM jobs WHERE state <> 'done') AS unfinished, (SELECT count(*)::int FROM articles) AS articles,
         (SELECT count(*)::int FROM story_articles) AS placed, (SELECT count(DISTINCT text)::int FROM articles) AS distinct_texts,
         (SELECT count(*)::int FROM stories WHERE dirty) AS waiting`,
    );
    assert.equal(counts!.unfinished, 0);
    assert.equal(counts!.articles, 162, 'every article stored');
    assert.equal(counts!.distinct_texts, counts!.articles, 'none stored twice');
    assert.equal(counts!.placed, counts!.articles, 'each in one story');
    assert.equal(counts!.waiting, 0, 'every changed story has its dossier');
  } finally {
    await db.close();
    await fresh.remove();
  }
});
