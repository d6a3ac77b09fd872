import { Option, type Command } from 'commander';
import { DEFAULT_SERVER_OPTIONS, isLoopback, startServer } from '../server/index.ts';
import { describeError } from '../shared/describe-error.ts';
import { storeCounts, type StoreLocation } from '../store/index.ts';
import { EXIT, refuse } from './emit.ts';
import { parsePort, parsePositiveInteger, parseWholeNumber } from './parse-option-values.ts';
import { addStoreOptions, openNamedStore } from './store-commands.ts';

interface ServeOptions extends StoreLocation {
  host: string;
  port: number;
  token?: string;
  maxBodyMb: number;
  requestTimeout: number;
  ingestTimeout: number;
  cacheMb: number;
  freshSeconds: number;
  dossiers: boolean;
}

/** `triangulate serve`: the API and the web pages over the store, until SIGINT or SIGTERM. */
export function addServeCommand(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('serve the store: the web pages (stories, their facts, conflicts and evidence, actors, the actor graph) and the JSON API described at /openapi.json'),
  )
    .optionsGroup('Server:')
    .addOption(new Option('--host <address>', 'the address to listen on; any but loopback needs --token').default('127.0.0.1'))
    .addOption(new Option('--port <n>', 'the port to listen on (0: any free one)').argParser(parsePort).default(8080))
    .addOption(new Option('--token <token>', 'writes (ingest, feeds) need it as "Authorization: Bearer <token>"; reads too when the server listens beyond loopback').env('TRIANGULATE_TOKEN'))
    .addOption(new Option('--max-body-mb <n>', 'largest request body (an upload to ingest) in megabytes').argParser(parsePositiveInteger).default(DEFAULT_SERVER_OPTIONS.maxBodyBytes / 1024 / 1024))
    .addOption(new Option('--request-timeout <seconds>', 'a read answers within this or gets a 503').argParser(parsePositiveInteger).default(DEFAULT_SERVER_OPTIONS.requestTimeoutSeconds))
    .addOption(new Option('--ingest-timeout <seconds>', 'an ingest request answers within this or gets a 503').argParser(parsePositiveInteger).default(DEFAULT_SERVER_OPTIONS.ingestTimeoutSeconds))
    .addOption(new Option('--fresh-seconds <n>', 'a read\'s response is sent again for this long to whoever asks for the same page (0: never): pages show the store at most this old').argParser(parseWholeNumber).default(DEFAULT_SERVER_OPTIONS.freshSeconds))
    .addOption(new Option('--cache-mb <n>', 'memory kept for dossiers and pages between requests, in megabytes').argParser(parsePositiveInteger).default(DEFAULT_SERVER_OPTIONS.cacheMegabytes))
    .option('--no-dossiers', 'an ingest request leaves the changed stories\' dossiers to workers (triangulate worker) instead of writing them')
    .action(runServe);
}

async function runServe(options: ServeOptions): Promise<void> {
  const token = options.token?.trim() || null;
  if (!isLoopback(options.host) && !token) return refuse(`--host ${options.host}: listening beyond this machine needs --token (or TRIANGULATE_TOKEN), which every request must then give`);
  if (token !== null && token.length < 16) return refuse('--token: use at least 16 characters (e.g. openssl rand -hex 16)');
  const db = await openNamedStore(options);
  if (!db) return;
  let server;
  try {
    server = await startServer(db, options.host, options.port, {
      token,
      readsNeedToken: !isLoopback(options.host),
      maxBodyBytes: options.maxBodyMb * 1024 * 1024,
      requestTimeoutSeconds: options.requestTimeout,
      ingestTimeoutSeconds: options.ingestTimeout,
      cacheMegabytes: options.cacheMb,
      freshSeconds: options.freshSeconds,
      writeDossiers: options.dossiers,
    });
  } catch (error) {
    await db.close();
    return refuse(`--host ${options.host} --port ${options.port}: cannot listen (${describeError(error)})`);
  }
  const { articles, stories } = await storeCounts(db);
  const startup = (performance.now() / 1000).toFixed(2);
  process.stderr.write(`triangulate serve: ${server.url} (${articles} ${articles === 1 ? 'article' : 'articles'}, ${stories} ${stories === 1 ? 'story' : 'stories'}; ready ${startup} s after start; API at ${server.url}/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await db.close();
  process.exitCode = EXIT.ok;
}
