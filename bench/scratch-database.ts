import pg from 'pg';

/** Runs one statement on `url` through a connection of its own, and returns its rows. */
export async function onDatabase<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A database of its own for a bench run on the PostgreSQL `server`: its URL, and how to drop it. */
export async function scratchDatabase(server: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `triangulate_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await onDatabase(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => void (await onDatabase(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}
