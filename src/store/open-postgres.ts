import pg from 'pg';
import type { Database } from './database.ts';

/** `bigint` (int8) rows as numbers: counts and job ids stay far below 2^53. */
pg.types.setTypeParser(20, (value: string) => Number(value));
/** `date` as written, "2025-12-11": not a Date at midnight in the process's time zone. */
pg.types.setTypeParser(1082, (value: string) => value);

/** A PostgreSQL server by its URL (`postgres://user@host:5432/database`), through a pool of `connections`. */
export async function openPostgres(url: string, connections = 4): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  // a wrong URL or a server that is down says so now, not at the first query
  const client = await pool.connect();
  client.release();
  pool.on('error', () => {}); // an idle client the server dropped: the pool makes a new one when asked
  return fromPool(pool);
}

/** Statements on a pool (each on whichever connection is free) or on one connection: the same two calls. */
function statementsOn(runner: pg.Pool | pg.PoolClient): Pick<Database, 'kind' | 'query' | 'exec'> {
  return {
    kind: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await runner.query(sql, params as unknown[])).rows as Row[];
    },
    async exec(sql: string) {
      await runner.query(sql);
    },
  };
}

function fromPool(pool: pg.Pool): Database {
  return {
    ...statementsOn(pool),
    async transaction<T>(work: (db: Database) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(fromClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** One connection inside a transaction: everything on it belongs to the transaction. */
function fromClient(client: pg.PoolClient): Database {
  return {
    ...statementsOn(client),
    transaction: (work) => work(fromClient(client)),
    async close() {},
  };
}
