import { createRoute, z } from '@hono/zod-openapi';
import { search, type Database } from '../../store/index.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { errorResponses, SearchHitSchema, SearchQuery } from './schemas.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search articles and quotes by their words, actors by name (as triangulate search does)',
  request: { query: SearchQuery },
  responses: { 200: { description: 'what matches, actors first', content: { 'application/json': { schema: z.object({ query: z.string(), hits: z.array(SearchHitSchema) }) } } }, ...errorResponses(400, 401) },
});

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the server reaches its store, and what the store holds',
  responses: {
    200: {
      description: 'the store answers',
      content: { 'application/json': { schema: z.object({ store: z.enum(['pglite', 'postgres']), articles: z.number().int(), stories: z.number().int(), dossiersWaiting: z.number().int() }) } },
    },
    ...errorResponses(401),
  },
});

export function addSearchRoutes(app: ServerApp, { db }: ServerContext): void {
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ query: q, hits: await search(db, q, limit) }, 200);
  });
  app.openapi(health, async (c) => c.json({ store: db.kind, ...(await storeCounts(db)) }, 200));
}

async function storeCounts(db: Database): Promise<{ articles: number; stories: number; dossiersWaiting: number }> {
  const [row] = await db.query<{ articles: number; stories: number; waiting: number }>(
    'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM stories) AS stories, (SELECT count(*)::int FROM stories WHERE dirty) AS waiting',
  );
  return { articles: row?.articles ?? 0, stories: row?.stories ?? 0, dossiersWaiting: row?.waiting ?? 0 };
}
