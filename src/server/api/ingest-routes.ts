import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ingestIntoStore, refreshDossierOf } from '../../story-stream.ts';
import { queueDossiers } from '../../story-worker.ts';
import { ApiError } from '../api-error.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { errorResponses, IngestResultSchema } from './schemas.ts';

/** The body types an ingest takes besides JSON and multipart: one input each, its kind read from its content as `ingest` reads a file. */
const RAW_TYPES = ['text/plain', 'text/html', 'text/markdown', 'application/x-ndjson', 'application/rss+xml', 'application/atom+xml', 'application/xml'] as const;

const ingest = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Read articles into the store, as triangulate ingest does, and put each into a story',
  description:
    'The body is one input: JSON (an article, a list of articles, or {articles: [...]}, as ingest reads a .json file), JSON lines, HTML, text, Markdown or a feed; or multipart/form-data with any number of files. `url` (repeatable) adds pages or feeds to fetch. Inputs that cannot be read are listed with why; the others are stored.',
  security: [{ Bearer: [] }],
  request: {
    query: z.object({
      url: z.union([z.url({ protocol: /^https?$/ }), z.array(z.url({ protocol: /^https?$/ }))]).optional().openapi({ description: 'a page or feed to fetch and read (repeatable)' }),
      name: z.string().max(200).optional().openapi({ description: 'the name the body is reported by (a file name)' }),
    }),
    body: {
      required: false,
      content: {
        'application/json': { schema: z.unknown() },
        'multipart/form-data': { schema: z.object({ file: z.unknown().openapi({ type: 'string', format: 'binary' }) }).passthrough() },
        ...Object.fromEntries(RAW_TYPES.map((type) => [type, { schema: z.string() }])),
      },
    },
  },
  responses: { 200: { description: 'what was read and stored', content: { 'application/json': { schema: IngestResultSchema } } }, ...errorResponses(400, 401, 413, 415, 503) },
});

export function addIngestRoutes(app: ServerApp, { db, options }: ServerContext): void {
  app.openapi(ingest, async (c) => {
    const query = c.req.valid('query');
    const urls = query.url === undefined ? [] : Array.isArray(query.url) ? query.url : [query.url];
    const folder = await mkdtemp(join(tmpdir(), 'triangulate-upload-'));
    try {
      const uploads = await writeUploads(c, folder, query.name);
      if (!uploads.size && !urls.length) throw new ApiError(400, 'bad_request', 'nothing to ingest: send a body (JSON, HTML, text, a feed, or files as multipart/form-data) or url=');
      const summary = await ingestIntoStore(db, [...uploads.keys(), ...urls]);
      const dossiers: string[] = [];
      if (options.writeDossiers) for (const story of summary.stories) if (await refreshDossierOf(db, story)) dossiers.push(story);
      // else the workers write them
      if (!options.writeDossiers) await queueDossiers(db, summary.stories);
      const named = (text: string) => [...uploads].reduce((result, [path, name]) => result.replaceAll(path, name), text);
      const failed = summary.failed.map((failure) => ({ source: named(failure.source), reason: named(failure.reason) }));
      return c.json({ read: summary.read, added: summary.added, stories: summary.stories, dossiers, failed }, 200);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

/** The body's inputs written as files into `folder`: the path of each, with the name it came by. */
async function writeUploads(c: Context, folder: string, name: string | undefined): Promise<Map<string, string>> {
  const uploads = new Map<string, string>();
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  const add = async (bytes: Uint8Array, given: string) => {
    const path = join(folder, `${uploads.size}-${safeName(given)}`);
    await writeFile(path, bytes);
    uploads.set(path, given);
  };
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody({ all: true });
    for (const value of Object.values(form).flat()) {
      if (typeof value === 'string') continue;
      await add(new Uint8Array(await value.arrayBuffer()), value.name || 'upload');
    }
    return uploads;
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (!bytes.length) return uploads;
  if (type && type !== 'application/json' && !(RAW_TYPES as readonly string[]).includes(type)) {
    throw new ApiError(415, 'unsupported_media_type', `a body of type ${type} cannot be ingested: send JSON, JSON lines, HTML, text, Markdown, a feed, or files as multipart/form-data`);
  }
  await add(bytes, name ?? `body${EXTENSIONS[type] ?? ''}`);
  return uploads;
}

const EXTENSIONS: Record<string, string> = {
  'application/json': '.json', 'application/x-ndjson': '.jsonl', 'text/html': '.html', 'text/plain': '.txt', 'text/markdown': '.md',
  'application/rss+xml': '.xml', 'application/atom+xml': '.xml', 'application/xml': '.xml',
};

/** A file name safe to write: its last part, letters, digits, dots, dashes and underscores only. */
function safeName(name: string): string {
  return basename(name).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-100) || 'upload';
}
