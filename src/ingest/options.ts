import { DEFAULT_OPTIONS, type IngestOptions } from '../model/index.ts';

export type { IngestOptions } from '../model/index.ts';

/** Ingest's part of the engine's defaults (model/options.ts). */
export const DEFAULT_INGEST_OPTIONS: Readonly<IngestOptions> = DEFAULT_OPTIONS.ingest;

/** File extensions read when a folder is given; anything else in a folder is skipped. */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);
