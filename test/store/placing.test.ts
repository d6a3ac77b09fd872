import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { countUnplaced, openStore, type Job } from '../../src/store/index.ts';
import { DEFAULT_STREAM_OPTIONS, PLACING_LOCK } from '../../src/story-stream.ts';
import { DEFAULT_WORKER_SETTINGS, enqueueInputs, runWorker } from '../../src/story-worker.ts';
import { sharedPath } from '../shared-folder.ts';
import { freshStore, withStore } from './databases.ts';

/** `count` ECB+ dev documents of one sub-topic, from the `from`-th, each a text file in a fresh folder. */
function documentFiles(count: number, from = 0): { folder: string; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-placing-'));
  const lines = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(from, from + count);
  const files = lines.map((line) => {
    const document = JSON.parse(line) as { id: string; text: string };
    const file = join(folder, `${document.id}.txt`);
    writeFileSync(file, document.text);
    return file;
  });
  return { folder, files };
}

test('a worker leaves its articles to a later placing while reads are queued and too few wait, and the last read places them all', async () => {
  const { folder, files } = documentFiles(4);
  try {
    await withStore('pglite', async (db) => {
      await enqueueInputs(db, files);
      const log: string[] = [];
      const onJob = (job: Job, outcome: string, detail: string) => log.push(`${job.kind} ${outcome}: ${detail}`);
      const stream = { ...DEFAULT_STREAM_OPTIONS, placeBatch: 100 };
      await runWorker(db, { ...DEFAULT_WORKER_SETTINGS, name: 'w', exitWhenIdle: true, idleMilliseconds: 50, stream, onJob });
      const reads = log.filter((line) => line.startsWith('read'));
      assert.equal(reads.length, 4, log.join('\n'));
      assert.ok(reads.slice(0, 3).every((line) => line.endsWith('placing waits for more')), log.join('\n'));
      assert.match(reads[3]!, /\d+ stor(y|ies) changed$/);
      assert.ok(!log.some((line) => line.startsWith('place')), 'no place job needed');
      assert.equal(await countUnplaced(db, 10), 0);
      const [counts] = await db.query<{ articles: number; placed: number; waiting: number }>(
        'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS placed, (SELECT count(*)::int FROM stories WHERE dirty) AS waiting',
      );
      assert.deepEqual(counts, { articles: 4, placed: 4, waiting: 0 });
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a worker that finds another placing leaves a place job, which places its articles once the other is done', async () => {
  const { folder, files } = documentFiles(2, 10);
  const fresh = await freshStore('postgres');
  // another worker placing: it holds the placing lock
  const other = new pg.Client({ connectionString: fresh.location.db });
  try {
    const db = await openStore(fresh.location);
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [PLACING_LOCK]);
    try {
      await enqueueInputs(db, files.slice(0, 1));
      const log: string[] = [];
      const onJob = (job: Job, outcome: string, detail: string) => log.push(`${job.kind} ${outcome}: ${detail}`);
      const working = runWorker(db, { ...DEFAULT_WORKER_SETTINGS, name: 'w', exitWhenIdle: true, idleMilliseconds: 50, onJob });
      for (let waited = 0; !(await db.query("SELECT 1 FROM jobs WHERE kind = 'place' AND state = 'running'")).length; waited += 50) {
        assert.ok(waited < 60_000, `no place job taken: ${log.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.match(log[0]!, /^read done: .*placing left to a place job$/);
      assert.equal(await countUnplaced(db, 10), 1, 'not placed while the other holds the lock');
      await other.query('SELECT pg_advisory_unlock($1)', [PLACING_LOCK]);
      await working;
      assert.match(log[1]!, /^place done: 1 story changed$/, log.join('\n'));
      assert.equal(await countUnplaced(db, 10), 0);
    } finally {
      await db.close();
    }
  } finally {
    await other.end();
    await fresh.remove();
    rmSync(folder, { recursive: true, force: true });
  }
});
