import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { annotateArticle } from '../../src/annotate/index.ts';
import type { Article } from '../../src/model/index.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';
import { openStore, type Database, type StoreLocation } from '../../src/store/index.ts';
import { sharedPath } from '../shared-folder.ts';

/**
 * The PostgreSQL server of this machine and of CI (trust auth, database `test`; `.ci/run` starts it), or
 * TRIANGULATE_TEST_POSTGRES. Each test gets a database of its own there, dropped after.
 */
export const POSTGRES_URL = process.env.TRIANGULATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A place for a fresh store, embedded or on the server, and how to remove it. */
export interface FreshStore {
  kind: 'pglite' | 'postgres';
  location: StoreLocation;
  remove(): Promise<void>;
}

/** The two kinds of store one suite runs on. */
export const STORE_KINDS = ['pglite', 'postgres'] as const;

export async function freshStore(kind: (typeof STORE_KINDS)[number]): Promise<FreshStore> {
  if (kind === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-store-'));
    return { kind, location: { data: folder }, remove: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `triangulate_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { kind, location: { db: url.toString() }, remove: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh store of `kind`, opened, for `work`; closed and removed after. */
export async function withStore<T>(kind: (typeof STORE_KINDS)[number], work: (db: Database, fresh: FreshStore) => Promise<T>): Promise<T> {
  const fresh = await freshStore(kind);
  const db = await openStore(fresh.location);
  try {
    return await work(db, fresh);
  } finally {
    await db.close();
    await fresh.remove();
  }
}

/** Real articles: the first `count` ECB+ dev documents, read, cleaned and annotated as `analyze` does. */
export async function ecbArticles(count: number, from = 0): Promise<Article[]> {
  const lines = readFileSync(sharedPath('data/clustering/ecbplus.dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(from, from + count);
  const articles: Article[] = [];
  for (const line of lines) {
    const document = JSON.parse(line) as { id: string; text: string };
    const extracted = await extractArticleFromBytes(`${document.id}.txt`, new TextEncoder().encode(document.text));
    if (!('text' in extracted)) throw new Error(`${document.id}: not read`);
    articles.push(annotateArticle(extracted));
  }
  return articles;
}
