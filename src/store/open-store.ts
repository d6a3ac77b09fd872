import { resolve } from 'node:path';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

/** Where the store is: a data folder for the embedded PostgreSQL, or the URL of a PostgreSQL server. */
export interface StoreLocation {
  /** `--data DIR`; the default when neither is given is `./triangulate-data`. */
  data?: string;
  /** `--db postgres://…`: a server shared by worker processes on several machines. */
  db?: string;
}

export const DEFAULT_DATA_FOLDER = 'triangulate-data';

/**
 * Opens the store and brings its schema up to date: PGlite in the data folder (nothing to install; one
 * process at a time), or PostgreSQL at `db` with the same schema and the same SQL. A URL that is not
 * postgres:// or postgresql://, or a server that cannot be reached, is refused with the reason.
 */
export async function openStore(location: StoreLocation = {}): Promise<Database> {
  if (location.db !== undefined) {
    if (!/^postgres(?:ql)?:\/\//.test(location.db)) throw new Error(`--db ${location.db}: not a PostgreSQL URL (postgres://user@host:5432/database)`);
    let db: Database;
    try {
      db = await openPostgres(location.db);
    } catch (error) {
      throw new Error(`--db ${redact(location.db)}: cannot connect (${(error as Error).message})`);
    }
    await migrate(db);
    return db;
  }
  const db = await openPglite(resolve(location.data ?? DEFAULT_DATA_FOLDER));
  await migrate(db);
  return db;
}

/** The URL without its password, for a message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
