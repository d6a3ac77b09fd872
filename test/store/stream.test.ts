import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { clusterInputs } from '../../src/pipeline.ts';
import { getArticles, getDossier, listStories, openStore, storyArticleIds, type Database } from '../../src/store/index.ts';
import { ingestIntoStore, refreshDossiers } from '../../src/story-stream.ts';
import { BIN, REPO, sharedPath } from '../shared-folder.ts';

/** ECB+ dev documents of a few sub-topics (events), written as files: real news a stream would bring. */
function writeDocuments(subtopics: readonly string[], folder: string): Map<string, string> {
  const eventOf = new Map<string, string>();
  for (const line of readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const document = JSON.parse(line) as { id: string; subtopic: string; text: string };
    if (!subtopics.includes(document.subtopic)) continue;
    const file = join(folder, `${document.id}.txt`);
    writeFileSync(file, document.text);
    eventOf.set(file, document.subtopic);
  }
  return eventOf;
}

/** Each story's inputs, as sets of sources. */
async function storiesBySource(db: Database): Promise<string[][]> {
  const stories: string[][] = [];
  for (const story of await listStories(db, 1000)) {
    const { articles } = await getArticles(db, await storyArticleIds(db, story.id));
    stories.push(articles.map((article) => article.source).sort());
  }
  return stories.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** B-cubed F1 of one partition of the same items against another. */
function bcubedF1(found: readonly string[][], gold: readonly string[][]): number {
  const foundOf = new Map(found.flatMap((group) => group.map((item) => [item, new Set(group)] as const)));
  const goldOf = new Map(gold.flatMap((group) => group.map((item) => [item, new Set(group)] as const)));
  let precision = 0;
  let recall = 0;
  for (const [item, group] of foundOf) {
    const other = goldOf.get(item)!;
    const shared = [...group].filter((member) => other.has(member)).length;
    precision += shared / group.size;
    recall += shared / other.size;
  }
  precision /= foundOf.size;
  recall /= foundOf.size;
  return (2 * precision * recall) / (precision + recall);
}

const folder = mkdtempSync(join(tmpdir(), 'triangulate-stream-'));
// two earthquakes (one topic, two events) and a third, unrelated story
const eventOf = writeDocuments(['3_ecb', '3_ecbplus', '8_ecbplus'], folder);
const files = [...eventOf.keys()].sort();
const half = Math.ceil(files.length / 2);

test('ingest assigns articles to stories as they come, and the order they come in changes little: each order agrees with a batch clustering of the same articles', async () => {
  const batch = await clusterInputs(files, { clean: { published: '2010-05-05' } });
  const batchStories = batch.stories.map((story) => [...story.articles].sort());
  const runs: string[][][] = [];
  for (const order of [[files.slice(0, half), files.slice(half)], [files.slice(half), files.slice(0, half)]]) {
    const data = mkdtempSync(join(tmpdir(), 'triangulate-stream-store-'));
    const db = await openStore({ data });
    try {
      for (const arriving of order) await ingestIntoStore(db, arriving, { clean: { published: '2010-05-05' } });
      runs.push(await storiesBySource(db));
    } finally {
      await db.close();
      rmSync(data, { recursive: true, force: true });
    }
  }
  const [first, second] = runs as [string[][], string[][]];
  const events = [...new Set(eventOf.values())].map((event) => files.filter((file) => eventOf.get(file) === event));
  assert.ok(bcubedF1(first, batchStories) >= 0.85, `first order against the batch: ${bcubedF1(first, batchStories).toFixed(3)}`);
  assert.ok(bcubedF1(second, batchStories) >= 0.85, `second order against the batch: ${bcubedF1(second, batchStories).toFixed(3)}`);
  assert.ok(bcubedF1(first, second) >= 0.85, `the two orders: ${bcubedF1(first, second).toFixed(3)}`);
  // and by event, not by topic: the stories are nearer the gold events than one story per topic would be
  assert.ok(bcubedF1(first, events) >= 0.8, `first order against the gold events: ${bcubedF1(first, events).toFixed(3)}`);
});

test('a story\'s dossier is written when the story changes, not on every read, and follows its articles', async () => {
  const data = mkdtempSync(join(tmpdir(), 'triangulate-stream-store-'));
  const db = await openStore({ data });
  try {
    const story8 = files.filter((file) => eventOf.get(file) === '8_ecbplus');
    await ingestIntoStore(db, story8.slice(0, 2), { clean: { published: '2010-05-05' } });
    assert.equal((await refreshDossiers(db)).length, 1);
    assert.deepEqual(await refreshDossiers(db), [], 'nothing changed, nothing written');
    const [story] = await listStories(db);
    const before = (await getDossier(db, story!.id)) as { articles: unknown[] };
    assert.equal(before.articles.length, 2);
    await ingestIntoStore(db, story8.slice(2), { clean: { published: '2010-05-05' } });
    assert.deepEqual(await refreshDossiers(db), [story!.id]);
    const after = (await getDossier(db, story!.id)) as { articles: unknown[] };
    assert.equal(after.articles.length, story8.length);
  } finally {
    await db.close();
    rmSync(data, { recursive: true, force: true });
  }
});

test('triangulate ingest, killed with SIGKILL midway, loses no committed article and leaves none partial; ingesting again finishes the job', async () => {
  const data = mkdtempSync(join(tmpdir(), 'triangulate-kill-'));
  const many = join(folder, 'many');
  mkdirSync(many, { recursive: true });
  // enough articles that the kill lands while they are being stored
  const lines = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 160);
  for (const line of lines) {
    const document = JSON.parse(line) as { id: string; text: string };
    writeFileSync(join(many, `${document.id}.txt`), document.text);
  }
  const child = spawn('node', [BIN, 'ingest', many, '--data', data, '--no-dossiers', '--quiet', '--verbose', '--batch-size', '10'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  // killed once three batches are stored, while the next ones are being written
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if ((said.match(/articles stored/g) ?? []).length >= 3) resolve();
    });
    child.once('exit', () => reject(new Error(`ingest ended before it was killed: ${said}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const db = await openStore({ data });
  try {
    const [stored] = await db.query<{ articles: number }>('SELECT count(*)::int AS articles FROM articles');
    assert.ok(stored!.articles < lines.length, `the kill came after all ${lines.length} articles were stored: lengthen the input`);
    // every stored article is whole: its text, its annotation, its layers and its actors
    const partial = await db.query<{ id: string }>(
      `SELECT a.id FROM articles a WHERE a.text = '' OR a.annotations IS NULL
       OR jsonb_array_length(a.annotations->'mentions') <> coalesce((SELECT sum(e.mentions) FROM article_entities e WHERE e.article_id = a.id), 0)`,
    );
    assert.deepEqual(partial, []);
    const { articles, withoutLayers } = await getArticles(db, (await db.query<{ id: string }>('SELECT id FROM articles')).map((row) => row.id));
    assert.equal(articles.length, stored!.articles);
    assert.deepEqual(withoutLayers.filter((id) => articles.find((article) => article.id === id)!.tokens.length), []);
  } finally {
    await db.close();
  }
  const again = spawnSync('node', [BIN, 'ingest', many, '--data', data, '--no-dossiers', '--quiet'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
  assert.equal(again.status, 0, again.stderr);
  const reopened = await openStore({ data });
  try {
    const [after] = await reopened.query<{ articles: number; placed: number }>('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM story_articles) AS placed');
    assert.equal(after!.articles, lines.length, 'each article stored once');
    assert.equal(after!.placed, lines.length, 'each article in a story');
  } finally {
    await reopened.close();
    rmSync(data, { recursive: true, force: true });
  }
});
