import { createRoute, z } from '@hono/zod-openapi';
import { getArticleView, listArticles } from '../../store/index.ts';
import { ApiError } from '../api-error.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { ArticlePageSchema, ArticleSchema, errorResponses, IdParam, PageQuery } from './schemas.ts';

const listAll = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Stored articles, newest first',
  request: { query: PageQuery },
  responses: { 200: { description: 'a page of articles', content: { 'application/json': { schema: ArticlePageSchema } } }, ...errorResponses(400, 401) },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article: its text, what reading it noted, and its annotations',
  request: { params: IdParam, query: z.object({ annotations: z.enum(['true', 'false']).default('true').openapi({ description: 'include sentences, mentions, quotes, dates, quantities (spans into text)' }) }) },
  responses: { 200: { description: 'the article', content: { 'application/json': { schema: ArticleSchema } } }, ...errorResponses(400, 401, 404) },
});

export function addArticleRoutes(app: ServerApp, { db }: ServerContext): void {
  app.openapi(listAll, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ ...(await listArticles(db, null, limit, offset)), limit, offset }, 200);
  });

  app.openapi(getOne, async (c) => {
    const { id } = c.req.valid('param');
    const article = await getArticleView(db, id, c.req.valid('query').annotations === 'true');
    if (!article) throw new ApiError(404, 'not_found', `no article ${id} in the store`);
    return c.json(article, 200);
  });
}
