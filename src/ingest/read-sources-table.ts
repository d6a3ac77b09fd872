import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleMetadata } from '../model/index.ts';
import { toIsoDate } from './to-iso-date.ts';

/**
 * A `SOURCES.tsv` beside a folder's files says where each came from, for text that carries no URL of its
 * own (a copied article, a corpus file). Tab-separated, a header row naming `file` and any of `url`
 * (or `original_url`), `outlet`, `title`, `byline`, `published`, `language`:
 *
 *     file	original_url
 *     8_1ecbplus.txt	http://www.thenational.ae/news/world/europe/three-killed-as-rioters-bomb-greek-bank
 *
 * Its values fill what a file leaves unknown (a page's own canonical URL or JSON's `outlet` wins), and
 * the outlet then follows from the URL as for any article (data/outlets.json).
 */

export const SOURCES_TABLE_NAME = 'SOURCES.tsv';

/** What the table gives one file, and the table's path for the message that says so. */
export interface ListedMetadata {
  table: string;
  metadata: Partial<ArticleMetadata>;
}

export type SourcesTable = { ok: true; rows: ReadonlyMap<string, ListedMetadata> } | { ok: false; table: string; reason: string };

const COLUMN_FIELDS: Readonly<Record<string, keyof ArticleMetadata>> = Object.freeze({
  url: 'url',
  original_url: 'url',
  outlet: 'outlet',
  title: 'title',
  byline: 'byline',
  published: 'published',
  language: 'language',
});

/** The folder's table, or null when it has none. */
export async function readSourcesTable(folder: string): Promise<SourcesTable | null> {
  const table = join(folder, SOURCES_TABLE_NAME);
  let text: string;
  try {
    text = await readFile(table, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : { ok: false, table, reason: `cannot read: ${(error as Error).message}` };
  }
  const [header = '', ...lines] = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const columns = header.split('\t').map((column) => column.trim().toLowerCase());
  const fileColumn = columns.indexOf('file');
  if (fileColumn === -1) return { ok: false, table, reason: `no "file" column in its header row (columns: ${columns.join(', ')})` };
  if (!columns.some((column) => column in COLUMN_FIELDS)) {
    return { ok: false, table, reason: `no column it can use besides "file" (expected any of ${Object.keys(COLUMN_FIELDS).join(', ')})` };
  }
  const rows = new Map<string, ListedMetadata>();
  for (const line of lines) {
    const cells = line.split('\t').map((cell) => cell.trim());
    const file = cells[fileColumn];
    if (!file) continue;
    const metadata: Partial<ArticleMetadata> = {};
    columns.forEach((column, position) => {
      const field = COLUMN_FIELDS[column];
      const value = cells[position];
      if (!field || !value) return;
      metadata[field] = field === 'published' ? toIsoDate(value) : field === 'language' ? value.slice(0, 2).toLowerCase() : value;
    });
    rows.set(file, { table, metadata });
  }
  return { ok: true, rows };
}
