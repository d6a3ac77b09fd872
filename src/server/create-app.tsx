import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { Database } from '../store/index.ts';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { answerError, ApiError, type ErrorBody } from './api-error.ts';
import { ErrorPage } from './ui/error-page.tsx';
import { htmlDocument } from './ui/layout.tsx';
import { addArticleRoutes } from './api/article-routes.ts';
import { addEntityRoutes } from './api/entity-routes.ts';
import { addFeedRoutes } from './api/feed-routes.ts';
import { addGraphRoutes } from './api/graph-routes.ts';
import { addIngestRoutes } from './api/ingest-routes.ts';
import { addSearchRoutes } from './api/search-routes.ts';
import { addStoryRoutes } from './api/story-routes.ts';
import { microCache } from './micro-cache.ts';
import { requireToken } from './require-token.ts';
import type { ServerContext } from './server-context.ts';
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './server-options.ts';
import { StoredDossiers } from './stored-dossiers.ts';
import { addPageRoutes } from './ui/page-routes.tsx';

/** Where the API's description is served. */
export const OPENAPI_PATH = '/openapi.json';

/** The pages may load only what the server itself serves: no request leaves it. */
const PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** An error as JSON for the API, as a page for a browser's page. */
async function answer(error: unknown, c: Context): Promise<Response> {
  const json = answerError(error, c);
  if (c.req.path.startsWith('/api/') || c.req.path === OPENAPI_PATH) return json;
  const body = (await json.json()) as ErrorBody;
  return c.html(htmlDocument(<ErrorPage status={json.status} message={body.message} />), json.status as ContentfulStatusCode);
}

/**
 * The server: the JSON API under /api (described at /openapi.json, made from the same route definitions
 * that validate each request), and the web pages. `serve` binds it to a port; tests call `app.request()`.
 */
export function createApp({ store, options = {} }: { store: Database; options?: Partial<ServerOptions> }): OpenAPIHono {
  const settings: Readonly<ServerOptions> = Object.freeze({ ...DEFAULT_SERVER_OPTIONS, ...options });
  const cacheBytes = settings.cacheMegabytes * 1024 * 1024;
  // a quarter of the memory for the responses kept a moment (microCache), the rest for dossiers and their pages
  const context: ServerContext = { db: store, options: settings, dossiers: new StoredDossiers(store, cacheBytes * 0.75) };
  const app = new OpenAPIHono({
    // a parameter that fails its schema: a 400 naming each field and what is wrong with it
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
      return c.json({ error: 'bad_request', message: problems.join('; ') }, 400);
    },
  });

  app.onError(answer);
  app.notFound((c) => answer(new ApiError(404, 'not_found', `nothing at ${c.req.method} ${c.req.path}`), c));
  app.use('*', async (c, next) => {
    await next();
    // on the response's headers themselves: c.header() after the response is made copies its body (hono on Node)
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    // the self-contained report carries its own policy (inline style and its scripts by hash)
    if (!headers.has('Content-Security-Policy') && !c.req.path.endsWith('/dossier.html')) headers.set('Content-Security-Policy', PAGE_POLICY);
  });
  app.use('*', requireToken(settings));
  // only where a body may come: the limit reads the request's body stream, which a GET has no use for
  const limit = bodyLimit({ maxSize: settings.maxBodyBytes, onError: () => { throw new ApiError(413, 'too_large', `the request body is larger than this server takes (${settings.maxBodyBytes} bytes; serve --max-body-mb)`); } });
  app.use('*', async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
  const slow = (seconds: number, what: string) => timeout(seconds * 1000, () => new HTTPException(503, { message: `${what} took longer than ${seconds} s` }));
  const ingestTimeout = slow(settings.ingestTimeoutSeconds, 'ingesting');
  const readTimeout = slow(settings.requestTimeoutSeconds, 'the request');
  app.use('*', async (c, next) => (c.req.path === '/api/ingest' ? ingestTimeout(c, next) : readTimeout(c, next)));
  app.use('*', microCache(settings.freshSeconds, cacheBytes * 0.25));
  // gzip for a client that takes it, inside the micro-cache: a response kept is compressed once, not per request
  app.use('*', compress({ encoding: 'gzip' }));

  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  addStoryRoutes(app, context);
  addArticleRoutes(app, context);
  addEntityRoutes(app, context);
  addGraphRoutes(app, context);
  addSearchRoutes(app, context);
  addIngestRoutes(app, context);
  addFeedRoutes(app, context);
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: { title: 'Triangulate', version: '0.1.0', description: 'Stories told by many outlets: what they agree on, where they differ, who said what and when, each line with its evidence.' },
  });
  addPageRoutes(app, context);
  return app;
}
