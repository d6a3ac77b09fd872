import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ARTICLE_COLUMNS, toArticleRow } from '../../src/store/article-rows.ts';
import {
  assignToStory, completeJob, countJobs, countUnplaced, dirtyStories, dossierWaits, enqueueJobs, extendLease, failJob, getArticles, getDossier, getReadings, listStories,
  migrate, openStore, putArticles, search, storeDossier, storyArticleIds, takeJobs, unplacedArticles, type DossierRecord,
} from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { placeWaiting } from '../../src/story-stream.ts';
import { ecbArticles, freshStore, STORE_KINDS, withStore } from './databases.ts';

// One suite, run on the embedded store (PGlite in a folder) and on the PostgreSQL server: the same schema and SQL.
const articles = await ecbArticles(4);

/** A stand-in dossier as the store keeps one: its JSON compressed, no figures. */
function recordOf(dossier: unknown): DossierRecord {
  const figures = { independent: 0, languages: [], facts: 0, conflicts: 0, singleSource: 0, quoteVariants: 0, relations: 0 };
  return { title: null, json: gzipSync(JSON.stringify(dossier)), figures, relations: {} };
}

for (const kind of STORE_KINDS) {
  test(`${kind}: the schema is made on open, and opening again applies nothing`, async () => {
    const fresh = await freshStore(kind);
    try {
      const first = await openStore(fresh.location);
      const versions = await first.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(versions.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
      await first.close();
      const again = await openStore(fresh.location);
      assert.deepEqual(await migrate(again), []);
      await again.close();
    } finally {
      await fresh.remove();
    }
  });

  test(`${kind}: a store made by an older version opens in a newer one, its data kept, only the new migration applied`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles.slice(0, 1));
      const newer = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'a column a later version adds', sql: 'ALTER TABLE articles ADD COLUMN reviewed boolean NOT NULL DEFAULT false' }];
      assert.deepEqual(await migrate(db, newer), [MIGRATIONS.length + 1]);
      const rows = await db.query<{ id: string; reviewed: boolean }>('SELECT id, reviewed FROM articles');
      assert.deepEqual(rows, [{ id: articles[0]!.id, reviewed: false }]);
      // and one this version does not know is refused, not changed
      await assert.rejects(migrate(db), /newer than this Triangulate knows/);
    });
  });

  test(`${kind}: an article is stored once by its id; storing it again changes nothing`, async () => {
    await withStore(kind, async (db) => {
      assert.deepEqual(await putArticles(db, articles), articles.map((article) => article.id));
      const counts = async () => (await db.query<{ articles: number; entities: number; quotes: number }>(
        'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM article_entities) AS entities, (SELECT count(*)::int FROM quotes) AS quotes',
      ))[0]!;
      const before = await counts();
      assert.equal(before.articles, articles.length);
      assert.ok(before.entities > 0, 'the actors the articles name are stored');
      assert.deepEqual(await putArticles(db, articles), []);
      assert.deepEqual(await counts(), before);
    });
  });

  test(`${kind}: an article comes back as it went in, its annotation and layers included`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles);
      const wanted = [articles[2]!.id, 'no-such-article', articles[0]!.id];
      const { articles: read, withoutLayers } = await getArticles(db, wanted);
      assert.deepEqual(read.map((article) => article.id), [articles[2]!.id, articles[0]!.id]);
      assert.deepEqual(withoutLayers, []);
      for (const article of read) {
        const original = articles.find((candidate) => candidate.id === article.id)!;
        for (const field of ['text', 'raw', 'title', 'outlet', 'published', 'language', 'mentions', 'quotes', 'dates', 'sentences', 'tokens', 'clauses', 'messages'] as const) {
          assert.deepEqual(article[field], original[field], `${article.id}: ${field}`);
        }
      }
    });
  });

  test(`${kind}: search finds articles by their words (stemmed), actors by a misspelt name, quotes by their words`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles);
      // a word of the first article's text, asked in another form
      const hits = await search(db, 'rehabilitation OR rehab');
      assert.ok(hits.some((hit) => hit.kind === 'article' && hit.id === articles[0]!.id), JSON.stringify(hits));
      assert.deepEqual(await search(db, 'zzqqxx'), []);
      const named = articles.flatMap((article) => article.mentions).find((mention) => mention.type === 'person' && mention.name.length >= 8)!;
      const misspelt = `${named.name.slice(0, -2)}${named.name.at(-1)}`;
      const actors = await search(db, misspelt);
      assert.ok(actors.some((hit) => hit.kind === 'entity' && hit.label === named.name), `"${misspelt}" found ${JSON.stringify(actors.map((hit) => hit.label))}`);
      const quoted = articles.flatMap((article) => article.quotes).find((quote) => quote.text.split(/\s+/).length >= 4);
      assert.ok(quoted, 'the articles hold a quote of four words or more');
      const word = quoted.text.split(/\W+/).filter((candidate) => candidate.length >= 6)[0]!;
      assert.ok((await search(db, word)).some((hit) => hit.kind === 'quote' && hit.label === quoted.text), word);
    });
  });

  test(`${kind}: a story is dirty when an article joins it, clean once its dossier is stored, and an article moved leaves its old story`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles);
      const [a, b, c] = articles.map((article) => article.id);
      await assignToStory(db, 's1', [a!, b!], 'First story');
      await assignToStory(db, 's2', [c!]);
      assert.deepEqual((await storyArticleIds(db, 's1')).sort(), [a!, b!].sort());
      const waiting = await dirtyStories(db);
      assert.deepEqual(waiting.map((story) => story.id).sort(), ['s1', 's2']);
      const s1 = waiting.find((story) => story.id === 's1')!;
      assert.equal(await storeDossier(db, 's1', recordOf({ stories: 1 }), s1.asOf), true);
      assert.deepEqual(await getDossier(db, 's1'), { stories: 1 });
      assert.deepEqual((await dirtyStories(db)).map((story) => story.id), ['s2']);
      // b moves to s2: both change, both wait for their dossier
      await assignToStory(db, 's2', [b!]);
      assert.deepEqual((await dirtyStories(db)).map((story) => story.id).sort(), ['s1', 's2']);
      assert.deepEqual(await storyArticleIds(db, 's1'), [a!]);
      // a dossier written from an older state does not clear the newer one
      assert.equal(await storeDossier(db, 's1', recordOf({ stories: 'old' }), s1.asOf), false);
      // a story left without articles is gone
      await assignToStory(db, 's2', [a!]);
      assert.deepEqual((await listStories(db)).map((story) => [story.id, story.articles]), [['s2', 3]]);
    });
  });

  test(`${kind}: jobs are taken once each, retried after a lease runs out, failed when their attempts are spent`, async () => {
    await withStore(kind, async (db, fresh) => {
      const ids = await enqueueJobs(db, 'annotate', Array.from({ length: 6 }, (_, index) => ({ index })), { maxAttempts: 2 });
      // a second connection to the same store takes at the same time (on PGlite the one connection takes in turn)
      const other = kind === 'postgres' ? await openStore(fresh.location) : db;
      try {
        const [first, second] = await Promise.all([takeJobs(db, 'w1', { limit: 4 }), takeJobs(other, 'w2', { limit: 4 })]);
        const taken = [...first, ...second].map((job) => job.id).sort((x, y) => x - y);
        assert.deepEqual(taken, ids, 'every job taken, none twice');
        assert.deepEqual(await takeJobs(db, 'w3'), [], 'nothing left while the leases hold');
      } finally {
        if (other !== db) await other.close();
      }
      // w1 finishes one; w2 dies holding its jobs: their leases run out, w3 takes them again
      const mine = (await db.query<{ id: number; worker: string }>("SELECT id, worker FROM jobs WHERE worker = 'w1' ORDER BY id"))[0]!;
      assert.equal(await completeJob(db, mine.id, 'w1'), true);
      await db.query("UPDATE jobs SET lease_until = now() - interval '1 second' WHERE worker = 'w2'");
      const retaken = await takeJobs(db, 'w3', { limit: 10 });
      assert.ok(retaken.length > 0 && retaken.every((job) => job.attempts === 2));
      assert.equal(await completeJob(db, retaken[0]!.id, 'w2'), false, 'the dead worker finishing late changes nothing');
      assert.equal(await extendLease(db, retaken[0]!.id, 'w3', 120), true);
      // a failure queues the job again with a backoff, or fails it once its attempts are spent
      await failJob(db, retaken[0]!.id, 'w3', 'the article could not be read');
      const [failed] = await db.query<{ state: string; error: string }>('SELECT state, error FROM jobs WHERE id = $1', [retaken[0]!.id]);
      assert.deepEqual(failed, { state: 'failed', error: 'the article could not be read' });
      const counts = await countJobs(db);
      assert.equal(counts.done, 1);
      assert.equal(counts.failed, 1);
      assert.equal(counts.queued + counts.running, ids.length - 2);
    });
  });

  test(`${kind}: an article's reading is stored with it (none that another Node packed is read), and it waits to be placed until it joins a story`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles.slice(0, 3), (article) => ({ words: article.text.split(/\s+/).slice(0, 3) }));
      await putArticles(db, articles.slice(3));
      const ids = articles.map((article) => article.id);
      const readings = await getReadings<{ words: string[] }>(db, ids);
      assert.deepEqual(readings.get(ids[0]!), { readable: true, reading: { words: articles[0]!.text.split(/\s+/).slice(0, 3) } });
      assert.deepEqual(readings.get(ids[3]!), { readable: true, reading: null }, 'stored without a reading');
      await db.query("UPDATE cluster_readings SET reading_format = 'v8/another' WHERE article_id = $1", [ids[1]]);
      assert.equal((await getReadings(db, [ids[1]!])).get(ids[1]!)!.reading, null);
      assert.deepEqual(new Set(await unplacedArticles(db)), new Set(ids));
      assert.equal(await countUnplaced(db, 2), 2, 'counted up to the bound asked');
      await assignToStory(db, 's1', [ids[0]!, ids[2]!]);
      assert.deepEqual(new Set(await unplacedArticles(db)), new Set([ids[1], ids[3]]));
    });
  });

  test(`${kind}: articles stored before readings were kept get them on upgrade, and those in no story are placed`, async () => {
    const fresh = await freshStore(kind);
    try {
      // a store of schema version 2: articles, one of them in a story
      const old = await openStore(fresh.location).then(async (db) => {
        await db.exec('DROP TABLE schema_migrations CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        return db;
      });
      await migrate(old, MIGRATIONS.slice(0, 2));
      const placeholders = ARTICLE_COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
      for (const article of articles) await old.query(`INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${placeholders})`, toArticleRow(article));
      await old.query("INSERT INTO stories (id, title) VALUES ('s-old', 'Stored before')");
      await old.query("INSERT INTO story_articles (article_id, story_id) VALUES ($1, 's-old')", [articles[0]!.id]);
      await old.close();
      const db = await openStore(fresh.location);
      try {
        assert.deepEqual(new Set(await unplacedArticles(db)), new Set(articles.slice(1).map((article) => article.id)), 'the one in a story counts as placed');
        const stories = await placeWaiting(db);
        assert.ok(stories!.length > 0);
        assert.equal(await countUnplaced(db, 10), 0);
        const [placed] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM story_articles');
        assert.equal(placed!.count, articles.length);
        const readings = await getReadings<{ id: string }>(db, articles.slice(1).map((article) => article.id));
        for (const article of articles.slice(1)) assert.ok(readings.get(article.id)!.reading, `${article.id}: its reading made when it was placed, and kept`);
        assert.equal(readings.get(articles[1]!.id)!.reading!.id, articles[1]!.id);
      } finally {
        await db.close();
      }
    } finally {
      await fresh.remove();
    }
  });

  test(`${kind}: a story's next dossier waits a multiple of what its last one took; one never written waits nothing`, async () => {
    await withStore(kind, async (db) => {
      await putArticles(db, articles);
      await assignToStory(db, 'big', [articles[0]!.id, articles[1]!.id]);
      await assignToStory(db, 'new', [articles[2]!.id]);
      const [big] = await dirtyStories(db, 10);
      await storeDossier(db, 'big', recordOf({ facts: [] }), big!.asOf, 10);
      const waits = await dossierWaits(db, ['big', 'new'], 5);
      assert.ok(waits.get('big')! > 45 && waits.get('big')! <= 50, String(waits.get('big')));
      assert.equal(waits.get('new'), 0);
    });
  });
}
