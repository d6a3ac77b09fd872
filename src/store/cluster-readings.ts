import type { Database } from './database.ts';
import { pack, PACKED_FORMAT, unpack } from './packed.ts';

/**
 * The cluster stage's reading of each stored article (kept as packed bytes: the store does not know its
 * shape), and which articles wait to be placed into a story.
 */

/** A stored article as placing reads it: whether it could be read at all, and its reading (null when the store has none this Node can read). */
export interface StoredReading<Reading> {
  readable: boolean;
  reading: Reading | null;
}

/** The readings of these ids (ids the store lacks are left out). */
export async function getReadings<Reading>(db: Database, ids: readonly string[]): Promise<Map<string, StoredReading<Reading>>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ article_id: string; readable: boolean; reading: Uint8Array | null; reading_format: string | null }>(
    'SELECT article_id, readable, reading, reading_format FROM cluster_readings WHERE article_id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.article_id, { readable: row.readable, reading: row.readable ? unpack<Reading>(row.reading, row.reading_format) : null }]));
}

/** Keeps readings made after their article was stored (a store from an older version, or written by another Node). */
export async function putReadings(db: Database, readings: ReadonlyArray<{ id: string; reading: unknown }>): Promise<void> {
  for (const { id, reading } of readings) {
    await db.query('UPDATE cluster_readings SET reading = $2, reading_format = $3 WHERE article_id = $1', [id, pack(reading), PACKED_FORMAT]);
  }
}

/** Stored articles in no story yet (stored since the last placing, or by an ingest stopped before it placed them), oldest stored first. */
export async function unplacedArticles(db: Database, limit = 10_000): Promise<string[]> {
  const rows = await db.query<{ article_id: string }>('SELECT article_id FROM cluster_readings WHERE NOT placed ORDER BY stored_at, article_id LIMIT $1', [limit]);
  return rows.map((row) => row.article_id);
}

/** How many stored articles are in no story yet, counted up to `atMost` (the partial index answers without a scan). */
export async function countUnplaced(db: Database, atMost: number): Promise<number> {
  const [row] = await db.query<{ waiting: number }>('SELECT count(*)::int AS waiting FROM (SELECT 1 FROM cluster_readings WHERE NOT placed LIMIT $1) AS w', [atMost]);
  return row?.waiting ?? 0;
}

/** The titles of these articles, for naming the stories they start. */
export async function articleTitles(db: Database, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; title: string | null }>('SELECT id, title FROM articles WHERE id = ANY($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row.title]));
}
