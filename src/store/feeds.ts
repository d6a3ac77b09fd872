import type { Database } from './database.ts';

/** A feed watched, with what the last poll left for the next. */
export interface WatchedFeed {
  url: string;
  intervalSeconds: number;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

/** Adds feeds to watch, or sets the interval of ones watched already; they are due at once when new. */
export async function watchFeeds(db: Database, feeds: ReadonlyArray<{ url: string; intervalSeconds: number }>): Promise<void> {
  for (const feed of feeds) {
    await db.query('INSERT INTO feeds (url, interval_seconds) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET interval_seconds = excluded.interval_seconds', [feed.url, feed.intervalSeconds]);
  }
}

/** Feeds no longer watched, with the items seen of them. */
export async function unwatchFeeds(db: Database, urls: readonly string[]): Promise<number> {
  return (await db.query('DELETE FROM feeds WHERE url = ANY($1::text[]) RETURNING url', [urls])).length;
}

/** The feeds watched, those due first. */
export async function listFeeds(db: Database): Promise<Array<WatchedFeed & { nextPollAt: string; lastError: string | null }>> {
  const rows = await db.query<{ url: string; interval_seconds: number; etag: string | null; last_modified: string | null; failures: number; next_poll_at: string; last_error: string | null }>(
    'SELECT url, interval_seconds, etag, last_modified, failures, next_poll_at::text AS next_poll_at, last_error FROM feeds ORDER BY next_poll_at, url',
  );
  return rows.map((row) => ({ url: row.url, intervalSeconds: row.interval_seconds, etag: row.etag, lastModified: row.last_modified, failures: row.failures, nextPollAt: row.next_poll_at, lastError: row.last_error }));
}

/** Feeds whose time has come, among `urls` (or all), the longest due first. */
export async function dueFeeds(db: Database, urls: readonly string[] | null = null): Promise<WatchedFeed[]> {
  const rows = await db.query<{ url: string; interval_seconds: number; etag: string | null; last_modified: string | null; failures: number }>(
    'SELECT url, interval_seconds, etag, last_modified, failures FROM feeds WHERE next_poll_at <= now() AND ($1::text[] IS NULL OR url = ANY($1::text[])) ORDER BY next_poll_at, url',
    [urls],
  );
  return rows.map((row) => ({ url: row.url, intervalSeconds: row.interval_seconds, etag: row.etag, lastModified: row.last_modified, failures: row.failures }));
}

/** A poll that worked (changed or not): the validators kept, the next poll one interval away, failures forgotten. */
export async function feedPolled(db: Database, url: string, validators: { etag: string | null; lastModified: string | null }): Promise<void> {
  await db.query(
    'UPDATE feeds SET etag = $2, last_modified = $3, failures = 0, last_error = NULL, next_poll_at = now() + make_interval(secs => interval_seconds) WHERE url = $1',
    [url, validators.etag, validators.lastModified],
  );
}

/** A poll that failed: the next one backs off, twice the interval per failure in a row, at most a day. */
export async function feedFailed(db: Database, url: string, error: string): Promise<void> {
  await db.query(
    `UPDATE feeds SET failures = failures + 1, last_error = $2,
       next_poll_at = now() + make_interval(secs => least(86400, interval_seconds * power(2, least(failures + 1, 16))))
     WHERE url = $1`,
    [url, error],
  );
}

/** Which of a feed's item links were taken in already. */
export async function seenItems(db: Database, url: string, links: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ link: string }>('SELECT link FROM feed_items WHERE feed_url = $1 AND link = ANY($2::text[])', [url, links]);
  return new Set(rows.map((row) => row.link));
}

export async function markItemsSeen(db: Database, url: string, links: readonly string[]): Promise<void> {
  if (!links.length) return;
  await db.query('INSERT INTO feed_items (feed_url, link) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [url, links]);
}
