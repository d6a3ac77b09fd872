import { createRoute, z } from '@hono/zod-openapi';
import { browseStories, entityQuotes, getEntityView, listEntities, type Database, type EntityQuote, type EntityView, type StoryListing } from '../../store/index.ts';
import { ApiError } from '../api-error.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { EntityListingSchema, EntitySchema, errorResponses, IdParam, PageQuery } from './schemas.ts';

/** Stories and quotes an entity's answer lists. */
const LISTED = 50;

const listAll = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'Actors, the most named first, or those whose name is like q',
  request: { query: PageQuery.extend({ q: z.string().max(200).optional().openapi({ description: 'a name, or part of one ("Zelenskiy" finds "Zelensky")' }) }) },
  responses: {
    200: { description: 'actors', content: { 'application/json': { schema: z.object({ entities: z.array(EntityListingSchema), limit: z.number().int(), offset: z.number().int() }) } } },
    ...errorResponses(400, 401),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  summary: 'One actor, with the names it goes by, its stories and its quotes',
  request: { params: IdParam },
  responses: { 200: { description: 'the actor', content: { 'application/json': { schema: EntitySchema } } }, ...errorResponses(400, 401, 404) },
});

export function addEntityRoutes(app: ServerApp, { db }: ServerContext): void {
  app.openapi(listAll, async (c) => {
    const { limit, offset, q } = c.req.valid('query');
    return c.json({ entities: await listEntities(db, q ?? null, limit, offset), limit, offset }, 200);
  });

  app.openapi(getOne, async (c) => c.json(await readEntity(db, c.req.valid('param').id), 200));
}

/** An actor with its newest stories and quotes (LISTED of each), as its API answer and its page show it; a 404 when there is none. */
export async function readEntity(db: Database, id: string): Promise<EntityView & { storyList: StoryListing[]; quotes: EntityQuote[] }> {
  const entity = await getEntityView(db, id);
  if (!entity) throw new ApiError(404, 'not_found', `no actor ${id} in the store`);
  const [stories, quotes] = await Promise.all([browseStories(db, { actor: id }, LISTED, 0), entityQuotes(db, id, LISTED, 0)]);
  return { ...entity, storyList: stories.stories, quotes };
}
