import { createRoute, z } from '@hono/zod-openapi';
import { renderGraph, type GraphFormat, type StoryRelations } from '../../graph/index.ts';
import type { RelationLevel } from '../../model/index.ts';
import { entityIdsNamed, storyRelationsMatching, type Database, type StoryFilter } from '../../store/index.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { errorResponses, GraphQuery } from './schemas.ts';

/** The media type of each format `triangulate graph` writes. */
export const GRAPH_MEDIA_TYPES: Readonly<Record<GraphFormat, string>> = Object.freeze({
  json: 'application/json',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'text/csv',
  polecat: 'text/tab-separated-values',
});

/** The graph as JSON (`--format json` of the graph command): its actors and weighted edges, each edge with its evidence. */
const GraphJsonSchema = z
  .object({
    level: z.enum(['actor', 'country']),
    stories: z.number().int(),
    weights: z.string().openapi({ description: 'what the weights count' }),
    nodes: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), country: z.string().nullable() }).passthrough()),
    edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), weight: z.number(), otherWeight: z.number(), evidence: z.array(z.unknown()) }).passthrough()),
  })
  .openapi('ActorGraph');

const graph = createRoute({
  method: 'get',
  path: '/api/graph',
  summary: 'The actor graph, in any format the graph command writes',
  description:
    'Of one story, of the stories naming an actor (only the relations the actor takes part in, at the actor level), or of the stories of a span of days; with none of these, of the newest stories. json, graphml and gexf fold relations into weighted edges; csv and polecat keep a row per relation and sentence (csv) or article (polecat).',
  request: { query: GraphQuery },
  responses: {
    200: {
      description: 'the graph',
      content: Object.fromEntries(Object.values(GRAPH_MEDIA_TYPES).map((type) => [type, { schema: type === GRAPH_MEDIA_TYPES.json ? GraphJsonSchema : z.string() }])),
    },
    ...errorResponses(400, 401),
  },
});

export function addGraphRoutes(app: ServerApp, { db }: ServerContext): void {
  app.openapi(graph, async (c) => {
    const query = c.req.valid('query');
    const stories = await graphStories(db, query, query.stories, query.level);
    const extension = query.format === 'polecat' ? 'tsv' : query.format;
    return c.body([...renderGraph(stories, query.format, query.level)].join(''), 200, {
      'Content-Type': `${GRAPH_MEDIA_TYPES[query.format]}; charset=utf-8`,
      'Content-Disposition': `inline; filename="actor-graph.${extension}"`,
    });
  });
}

/**
 * The stories a graph is drawn from: one story, the stories of a span of days, or those naming an actor,
 * with only the relations the actor takes part in (at the actor level; at the country level, the stories' whole graph).
 */
export async function graphStories(db: Database, filter: StoryFilter & { story?: string }, limit: number, level: RelationLevel): Promise<StoryRelations[]> {
  const stories = (await storyRelationsMatching(db, { ...filter, ...(filter.story ? { storyIds: [filter.story] } : {}) }, limit)) as StoryRelations[];
  if (!filter.actor || level !== 'actor') return stories;
  const ids = await entityIdsNamed(db, filter.actor);
  return stories.map((story) => ({ ...story, relations: story.relations.filter((relation) => ids.has(relation.source) || (relation.target !== null && ids.has(relation.target))) }));
}

