import { gunzipSync } from 'node:zlib';
import type { Database } from './database.ts';

/** A story as the store lists it. */
export interface StoredStory {
  id: string;
  title: string | null;
  articles: number;
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: string;
  dirty: boolean;
}

/**
 * Puts articles into a story (made when new), each article in one story only: an article that was in
 * another story leaves it. Every story that gains or loses an article is marked dirty, its dossier to be
 * written again, and the story's title and dates follow its articles.
 */
export async function assignToStory(db: Database, storyId: string, articleIds: readonly string[], title: string | null = null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO stories (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [storyId, title]);
    const moved = await tx.query<{ story_id: string }>('SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY($1::text[]) AND story_id <> $2', [articleIds, storyId]);
    await tx.query(
      `INSERT INTO story_articles (article_id, story_id) SELECT unnest($1::text[]), $2
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, added_at = now() WHERE story_articles.story_id <> excluded.story_id`,
      [articleIds, storyId],
    );
    await tx.query('UPDATE cluster_readings SET placed = true WHERE article_id = ANY($1::text[]) AND NOT placed', [articleIds]);
    for (const id of [storyId, ...moved.map((row) => row.story_id)]) await refreshStoryRow(tx, id, id === storyId ? title : null);
  });
}

/** A story's dates, article count and outlets from its articles, its title when given, dirty; a story left with no article is removed. */
async function refreshStoryRow(tx: Database, storyId: string, title: string | null): Promise<void> {
  const [counts] = await tx.query<{ articles: number }>('SELECT count(*)::int AS articles FROM story_articles WHERE story_id = $1', [storyId]);
  if (!counts?.articles) {
    await tx.query('DELETE FROM stories WHERE id = $1', [storyId]);
    return;
  }
  await tx.query(
    `UPDATE stories SET dirty = true, updated_at = now(), title = coalesce($2, title), article_count = $3,
       first_published = (SELECT min(a.published) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = $1),
       last_published = (SELECT max(a.published) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = $1),
       outlets = (SELECT coalesce(jsonb_agg(o.outlet ORDER BY o.n DESC, o.outlet), '[]'::jsonb) FROM (
         SELECT a.outlet, count(*) AS n FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = $1 AND a.outlet IS NOT NULL GROUP BY a.outlet
       ) o)
     WHERE id = $1`,
    [storyId, title, counts.articles],
  );
}

/** The ids of a story's articles, oldest first. */
export async function storyArticleIds(db: Database, storyId: string): Promise<string[]> {
  const rows = await db.query<{ article_id: string }>(
    'SELECT s.article_id FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = $1 ORDER BY a.published NULLS LAST, s.article_id',
    [storyId],
  );
  return rows.map((row) => row.article_id);
}

/** What the story list shows of a story's dossier, taken from it when it is written (the story's outlets are kept on the story itself, from its articles). */
export interface StoryFigures {
  /** Articles that are not copies of another (syndicated and near-duplicate texts count once). */
  independent: number;
  languages: string[];
  facts: number;
  conflicts: number;
  singleSource: number;
  quoteVariants: number;
  relations: number;
}

/** A story's dossier as the store keeps it. */
export interface DossierRecord {
  /** The story's title as its dossier gives it: the story takes it, so that its list and its page agree. */
  title: string | null;
  /** The JSON contract, the text `analyze --format json` writes, gzip-compressed. */
  json: Uint8Array;
  figures: StoryFigures;
  /** What the actor graph reads of the dossier (its relations and entities, its articles' source facts), as JSON. */
  relations: unknown;
}

/**
 * Keeps a story's dossier, written from its articles as they were at `asOf` (the story's `updated_at` when
 * its articles were read), and the `seconds` it took: the story stays dirty when an article joined after
 * that, so the newer state is written next. Returns whether the dossier is now current.
 */
export async function storeDossier(db: Database, storyId: string, dossier: DossierRecord, asOf: string, seconds: number | null = null): Promise<boolean> {
  const rows = await db.query<{ dirty: boolean }>(
    `UPDATE stories SET dossier_json = $2, figures = $5, relations = $6, title = coalesce($7, title), dossier_at = now(), dossier_seconds = $4, dirty = (updated_at > $3::timestamptz)
     WHERE id = $1 RETURNING dirty`,
    [storyId, dossier.json, asOf, seconds, JSON.stringify(dossier.figures), JSON.stringify(dossier.relations), dossier.title],
  );
  return rows.length > 0 && !rows[0]!.dirty;
}

/**
 * For each of these stories, the seconds to wait before its dossier is written again so that writing it takes
 * at most one part in `spacing` of a worker's time: `spacing` times what the last one took, less the time since.
 * A story never written waits nothing.
 */
export async function dossierWaits(db: Database, storyIds: readonly string[], spacing: number): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; wait: number }>(
    `SELECT id, greatest(0, coalesce(dossier_seconds * $2 - extract(epoch FROM now() - dossier_at), 0))::float8 AS wait FROM stories WHERE id = ANY($1::text[])`,
    [storyIds, spacing],
  );
  return new Map(rows.map((row) => [row.id, Number(row.wait)]));
}

/** A story's stored dossier as JSON text, gzip-compressed, and when it was written; null when it has none yet (or no such story). */
export async function getDossierJson(db: Database, storyId: string): Promise<{ json: Uint8Array; writtenAt: string } | null> {
  const rows = await db.query<{ dossier_json: Uint8Array | null; written_at: string }>(
    `SELECT dossier_json, ${utcText('dossier_at')} AS written_at FROM stories WHERE id = $1 AND dossier_json IS NOT NULL`,
    [storyId],
  );
  return rows[0]?.dossier_json ? { json: rows[0].dossier_json, writtenAt: rows[0].written_at } : null;
}

/** When a story's dossier was written (null: not yet), or undefined for no such story: what a cached copy is checked against. */
export async function dossierWrittenAt(db: Database, storyId: string): Promise<string | null | undefined> {
  const rows = await db.query<{ written_at: string | null }>(`SELECT ${utcText('dossier_at')} AS written_at FROM stories WHERE id = $1`, [storyId]);
  return rows.length ? rows[0]!.written_at : undefined;
}

/** A story's stored dossier, parsed, or null when it has none yet (or no such story). */
export async function getDossier(db: Database, storyId: string): Promise<unknown> {
  const stored = await getDossierJson(db, storyId);
  return stored ? JSON.parse(gunzipSync(stored.json).toString('utf8')) : null;
}

/** A timestamp column to the microsecond, in UTC: "2026-12-07T11:46:50.123456Z". */
export function utcText(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A story's `updated_at` to the microsecond, in UTC: what its articles are as of, handed back to storeDossier. */
const AS_OF = `${utcText('updated_at')} AS as_of`;

/** Stories whose dossier waits to be written (but those `except`), the longest waiting first, with the `updated_at` their articles are as of. */
export async function dirtyStories(db: Database, limit = 10, except: readonly string[] = []): Promise<Array<{ id: string; asOf: string }>> {
  const rows = await db.query<{ id: string; as_of: string }>(`SELECT id, ${AS_OF} FROM stories WHERE dirty AND NOT (id = ANY($2::text[])) ORDER BY updated_at LIMIT $1`, [limit, except]);
  return rows.map((row) => ({ id: row.id, asOf: row.as_of }));
}

/** One story, when its dossier waits to be written, with the `updated_at` its articles are as of; else null. */
export async function waitingStory(db: Database, storyId: string): Promise<{ id: string; asOf: string } | null> {
  const [row] = await db.query<{ as_of: string }>(`SELECT ${AS_OF} FROM stories WHERE id = $1 AND dirty`, [storyId]);
  return row ? { id: storyId, asOf: row.as_of } : null;
}

/** Stories, the most recently changed first, `limit` at a time from `offset`. */
export async function listStories(db: Database, limit = 50, offset = 0): Promise<StoredStory[]> {
  const rows = await db.query<{ id: string; title: string | null; articles: number; first_published: string | null; last_published: string | null; updated_at: string; dirty: boolean }>(
    `SELECT s.id, s.title, (SELECT count(*)::int FROM story_articles a WHERE a.story_id = s.id) AS articles, s.first_published::text AS first_published,
       s.last_published::text AS last_published, s.updated_at::text AS updated_at, s.dirty
     FROM stories s ORDER BY s.updated_at DESC, s.id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  return rows.map((row) => ({ id: row.id, title: row.title, articles: row.articles, firstPublished: row.first_published, lastPublished: row.last_published, updatedAt: row.updated_at, dirty: row.dirty }));
}

/**
 * The stored articles placed in a story that were published within `windowDays` of the articles `ids`, each
 * with its story, the most recently published first, at most `limit`. When none of `ids` has a date: the
 * articles of the stories changed most recently.
 */
export async function storiesAround(db: Database, ids: readonly string[], windowDays: number, limit: number): Promise<Map<string, string>> {
  const [span] = await db.query<{ first: string | null; last: string | null }>('SELECT min(published)::text AS first, max(published)::text AS last FROM cluster_readings WHERE article_id = ANY($1::text[])', [ids]);
  const rows = span?.first
    ? await db.query<{ article_id: string; story_id: string }>(
        `SELECT s.article_id, s.story_id FROM cluster_readings r JOIN story_articles s ON s.article_id = r.article_id
         WHERE r.published BETWEEN $1::date - $3::int AND $2::date + $3::int
         ORDER BY r.published DESC, r.article_id LIMIT $4`,
        [span.first, span.last, windowDays, limit],
      )
    : await db.query<{ article_id: string; story_id: string }>(
        `SELECT s.article_id, s.story_id FROM story_articles s JOIN stories t ON t.id = s.story_id
         ORDER BY t.updated_at DESC, s.article_id LIMIT $1`,
        [limit],
      );
  return new Map(rows.map((row) => [row.article_id, row.story_id]));
}

/** How many articles each of these stories has. */
export async function storySizes(db: Database, storyIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.query<{ story_id: string; articles: number }>('SELECT story_id, count(*)::int AS articles FROM story_articles WHERE story_id = ANY($1::text[]) GROUP BY story_id', [storyIds]);
  return new Map(rows.map((row) => [row.story_id, row.articles]));
}
