/** Limits and switches of ingest; every limit is explicit and documented in the CLI's --help. */
export interface IngestOptions {
  /** Largest input read, in bytes (files, stdin, URLs, each feed item's page). */
  maxBytes: number;
  /** Fetch from private, loopback and link-local addresses (off: a URL list must not reach the local network). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxRedirects: number;
  /** Pages fetched for feed items that carry only a summary, at most this many per feed. */
  maxFeedItems: number;
  /** Inputs read at the same time (URLs wait on the network; files are quick either way). */
  concurrency: number;
}

export const DEFAULT_INGEST_OPTIONS: Readonly<IngestOptions> = Object.freeze({
  maxBytes: 32 * 1024 * 1024,
  allowPrivate: false,
  timeoutMs: 15000,
  maxRedirects: 5,
  maxFeedItems: 200,
  concurrency: 4,
});

/** File extensions read when a folder is given; anything else in a folder is skipped. */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);
