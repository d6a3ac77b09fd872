import { createRoute, z } from '@hono/zod-openapi';
import { listFeeds, unwatchFeeds, watchFeeds } from '../../store/index.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { errorResponses, FeedSchema, NewFeedsSchema } from './schemas.ts';

const FeedList = z.object({ feeds: z.array(FeedSchema) });

const list = createRoute({
  method: 'get',
  path: '/api/feeds',
  summary: 'The feeds watched (triangulate watch and workers poll them), those due first',
  responses: { 200: { description: 'the feeds', content: { 'application/json': { schema: FeedList } } }, ...errorResponses(401) },
});

const add = createRoute({
  method: 'post',
  path: '/api/feeds',
  summary: 'Watch feeds, or change the interval of ones watched',
  security: [{ Bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: NewFeedsSchema } } } },
  responses: { 200: { description: 'the feeds watched now', content: { 'application/json': { schema: FeedList } } }, ...errorResponses(400, 401, 413, 415) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/feeds',
  summary: 'Stop watching a feed',
  security: [{ Bearer: [] }],
  request: { query: z.object({ url: z.string().min(1).max(2000).openapi({ description: 'the feed\'s URL' }) }) },
  responses: { 200: { description: 'how many feeds were removed (0 when it was not watched)', content: { 'application/json': { schema: z.object({ removed: z.number().int() }) } } }, ...errorResponses(400, 401) },
});

export function addFeedRoutes(app: ServerApp, { db }: ServerContext): void {
  app.openapi(list, async (c) => c.json({ feeds: await listFeeds(db) }, 200));

  app.openapi(add, async (c) => {
    await watchFeeds(db, c.req.valid('json').feeds);
    return c.json({ feeds: await listFeeds(db) }, 200);
  });

  app.openapi(remove, async (c) => c.json({ removed: await unwatchFeeds(db, [c.req.valid('query').url]) }, 200));
}
