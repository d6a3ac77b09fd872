import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database } from './database.ts';

/** The embedded store: PostgreSQL compiled to WebAssembly, its data in `folder` (created when missing). */
export async function openPglite(folder: string): Promise<Database> {
  mkdirSync(folder, { recursive: true });
  // `date` as written ("2025-12-11"), as the pg driver is set to give it; int8 as numbers
  const pglite = await PGlite.create(folder, { extensions: { pg_trgm }, parsers: { 1082: (value: string) => value, 20: (value: string) => Number(value) } });
  return wrap(pglite, pglite);
}

/** PGlite has one connection: a transaction runs on the object its callback gets, and nothing else runs meanwhile. */
function wrap(pglite: PGlite, runner: PGlite | Transaction): Database {
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await runner.query<Row>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
    async transaction<T>(work: (db: Database) => Promise<T>) {
      // a transaction inside one is the same transaction
      if (runner !== pglite) return work(wrap(pglite, runner));
      return pglite.transaction((transaction) => work(wrap(pglite, transaction)));
    },
    async close() {
      if (runner === pglite) await pglite.close();
    },
  };
}
