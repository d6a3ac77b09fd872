import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../store/index.ts';
import type { ServerOptions } from './server-options.ts';
import type { StoredDossiers } from './stored-dossiers.ts';

/** What every route reads: the store, the server's options, and the dossiers kept between requests. */
export interface ServerContext {
  db: Database;
  options: Readonly<ServerOptions>;
  dossiers: StoredDossiers;
}

/** The app every route is added to. */
export type ServerApp = OpenAPIHono;
