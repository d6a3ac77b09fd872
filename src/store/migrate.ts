import type { Database } from './database.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** A key for PostgreSQL's advisory lock that makes processes opening one store at once migrate it one by one. */
const MIGRATION_LOCK = 7_284_001;

/**
 * Brings the store's schema up to date: each migration it lacks, in order, each in its own transaction with
 * its version recorded. Two processes opening one PostgreSQL database at once wait on an advisory lock, so
 * the second finds the work done. A store made by a newer Triangulate (a version this one does not know) is
 * refused rather than changed.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])).length) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  const newest = await db.query<{ version: number }>('SELECT max(version) AS version FROM schema_migrations');
  const known = migrations.at(-1)?.version ?? 0;
  if ((newest[0]?.version ?? 0) > known) throw new Error(`the store has schema version ${newest[0]!.version}, newer than this Triangulate knows (${known}): use the version that made it`);
  return applied;
}
