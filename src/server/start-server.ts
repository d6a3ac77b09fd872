import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Database } from '../store/index.ts';
import { createApp } from './create-app.tsx';
import type { ServerOptions } from './server-options.ts';

/** A server listening, and how to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Whether an address is this machine only: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Binds the app to `host`:`port` (0: any free port). Node's own limits back the app's: a request's headers
 * must arrive within 30 s and a whole request within the ingest timeout, so a slow client cannot hold a
 * connection forever.
 */
export async function startServer(store: Database, host: string, port: number, options: Partial<ServerOptions>): Promise<RunningServer> {
  const app = createApp({ store, options });
  const requestTimeout = ((options.ingestTimeoutSeconds ?? 600) + 30) * 1000;
  let server!: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: host, port, serverOptions: { requestTimeout, headersTimeout: 30_000, keepAliveTimeout: 5_000 } }, (info) => resolve(info));
    server.once('error', reject);
  });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
