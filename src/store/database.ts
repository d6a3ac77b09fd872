/**
 * One PostgreSQL database, embedded (PGlite, a folder on disk) or a server (`pg`): the same SQL runs on
 * both, so the store is written once. Rows come back as plain objects; `bytea` as `Uint8Array`.
 */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** One statement with `$1`-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
  /** `work` inside one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
