import { createRoute, z } from '@hono/zod-openapi';
import { search, storeCounts } from '../../store/index.ts';
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
