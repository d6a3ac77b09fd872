/**
 * What a story's dossier refresh costs as the story grows: stories of 10, 100 and 1,000 articles (made from
 * one ECB+ sub-topic each, see synthetic-articles.ts) are ingested into a store without dossiers, and each
 * story's dossier is then written as a `dossier` job writes it (src/story-stream.ts refreshDossierOf): its
 * articles read back from the store, the dossier made (entities merged, align, relate), the dossier stored.
 * Seconds of each part, the dossier's size, the peak growth of the resident set, and the growth from size to size (exponent 1 is linear). On
 * PGlite and on the PostgreSQL server.
 *
 *   node --import tsx bench/dossier-refresh.ts [--sizes 10,100,1000] [--db postgres://postgres@127.0.0.1:5432/test]
 *
 * Figures only, nothing asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storyDossier } from '../src/pipeline.ts';
import { dossierRecord } from '../src/dossier-record.ts';
import { renderDossier } from '../src/report/index.ts';
import { assignToStory, getArticles, openStore, storeDossier, storyArticleIds, waitingStory, type Database } from '../src/store/index.ts';
import { ingestIntoStore, DEFAULT_STREAM_OPTIONS } from '../src/story-stream.ts';
import { startRssSampler } from './rss-sampler.ts';
import { scratchDatabase } from './scratch-database.ts';
import { subtopicDocuments, syntheticArticles, writeJsonLines } from './synthetic-articles.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '10,100,1000').split(',').map(Number);
const server = option('--db') ?? 'postgres://postgres@127.0.0.1:5432/test';

const subtopics = subtopicDocuments();
// the sub-topic with the most sentences: the longest articles, the most facts to align
const richest = subtopics.reduce((best, documents) => (documents.length > best.length ? documents : best));
const sampler = startRssSampler();
const folder = mkdtempSync(path.join(tmpdir(), 'triangulate-dossier-bench-'));
console.log(`stories of ${sizes.join(', ')} articles from ECB+ sub-topic ${richest[0]!.subtopic} (${richest.length} documents); node ${process.version}\n`);

for (const where of ['PGlite', 'PostgreSQL'] as const) {
  console.log(`== ${where}`);
  console.log(`${'articles'.padStart(8)} ${'read s'.padStart(8)} ${'dossier s'.padStart(10)} ${'store s'.padStart(8)} ${'total s'.padStart(8)} ${'ms/article'.padStart(11)} ${'exponent'.padStart(9)} ${'facts'.padStart(6)} ${'dossier MB'.padStart(11)} ${'peak RSS +MB'.padStart(13)}`);
  let previous: { size: number; seconds: number } | null = null;
  for (const size of sizes) {
    const { db, drop } = where === 'PGlite' ? await pgliteStore(size) : await postgresStore();
    try {
      const story = await oneStory(db, size);
      const parts = await refresh(db, story);
      const exponent = previous ? (Math.log(parts.total / previous.seconds) / Math.log(size / previous.size)).toFixed(2) : '';
      console.log(
        `${String(size).padStart(8)} ${parts.read.toFixed(2).padStart(8)} ${parts.dossier.toFixed(2).padStart(10)} ${parts.store.toFixed(2).padStart(8)} ${parts.total.toFixed(2).padStart(8)} ` +
          `${((1000 * parts.total) / size).toFixed(1).padStart(11)} ${exponent.padStart(9)} ${String(parts.facts).padStart(6)} ${(parts.bytes / 1e6).toFixed(2).padStart(11)} ${(parts.peakGrowth / 2 ** 20).toFixed(0).padStart(13)}`,
      );
      previous = { size, seconds: parts.total };
    } finally {
      await db.close();
      await drop();
    }
  }
  console.log();
}
rmSync(folder, { recursive: true, force: true });
await sampler.stop();

/** `size` articles of one sub-topic ingested (no dossier written), then put into one story; its id. */
async function oneStory(db: Database, size: number): Promise<string> {
  const inputs = path.join(folder, `story-${size}`);
  writeJsonLines(inputs, syntheticArticles(size, [richest]));
  await ingestIntoStore(db, [inputs], {}, {}, DEFAULT_STREAM_OPTIONS);
  const ids = (await db.query<{ id: string }>('SELECT id FROM articles')).map((row) => row.id);
  await assignToStory(db, `bench-${size}`, ids, `${size} articles`);
  return `bench-${size}`;
}

/** The story's dossier written as refreshDossierOf writes it, each part timed. */
async function refresh(db: Database, story: string): Promise<{ read: number; dossier: number; store: number; total: number; facts: number; bytes: number; peakGrowth: number }> {
  const before = sampler.reset();
  const t0 = performance.now();
  const waiting = await waitingStory(db, story);
  const { articles } = await getArticles(db, await storyArticleIds(db, story));
  const t1 = performance.now();
  const dossier = storyDossier(articles);
  const t2 = performance.now();
  await storeDossier(db, story, dossierRecord(dossier), waiting!.asOf);
  const t3 = performance.now();
  const peakGrowth = sampler.peak() - before;
  return { read: (t1 - t0) / 1000, dossier: (t2 - t1) / 1000, store: (t3 - t2) / 1000, total: (t3 - t0) / 1000, facts: dossier.facts.length, bytes: renderDossier(dossier, 'json').length, peakGrowth };
}

async function pgliteStore(size: number): Promise<{ db: Database; drop: () => Promise<void> }> {
  const data = path.join(folder, `store-${size}`);
  return { db: await openStore({ data }), drop: async () => rmSync(data, { recursive: true, force: true }) };
}

async function postgresStore(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const { url, drop } = await scratchDatabase(server);
  return { db: await openStore({ db: url }), drop };
}
