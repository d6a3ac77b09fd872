import { z } from '@hono/zod-openapi';
import { isCalendarDayText } from '../../shared/calendar/index.ts';
import { MAX_PAGE_SIZE } from '../server-options.ts';

/** The schemas of the API: each request's parameters and each answer, from which /openapi.json is made. */

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ example: 'not_found', description: 'a code a program can test' }),
    message: z.string().openapi({ example: 'no story 3f2a in the store', description: 'what went wrong, for a person' }),
  })
  .openapi('Error');

/** The answers every route can give besides its own. */
export function errorResponses(...statuses: Array<400 | 401 | 404 | 413 | 415 | 503>) {
  const descriptions = {
    400: 'a parameter is not valid',
    401: 'the bearer token is missing or wrong',
    404: 'no such item',
    413: 'the request body is larger than the server takes',
    415: 'the body is of a type this route does not take',
    503: 'the request took longer than the server allows',
  } as const;
  return Object.fromEntries(statuses.map((status) => [status, { description: descriptions[status], content: { 'application/json': { schema: ErrorSchema } } }]));
}

const day = z.string().refine(isCalendarDayText, 'a day of the calendar as YYYY-MM-DD').openapi({ format: 'date' });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ description: `items per page (at most ${MAX_PAGE_SIZE})` }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ description: 'items skipped' }),
});

export const StoryFilterQuery = PageQuery.extend({
  q: z.string().max(500).optional().openapi({ description: 'words of the stories\' articles ("quoted phrases", -exclusions, as a web search takes them)' }),
  from: day.optional().openapi({ description: 'stories with an article published on or after this day' }),
  to: day.optional().openapi({ description: 'stories with an article published on or before this day' }),
  outlet: z.string().max(200).optional().openapi({ description: 'stories with an article of this outlet' }),
  actor: z.string().max(200).optional().openapi({ description: 'stories with an article naming this actor (its entity id, or its name)' }),
});

export const IdParam = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3d4e5f6' }) });

export const StoryFiguresSchema = z
  .object({
    independent: z.number().int().openapi({ description: 'articles that are not copies of another (syndicated and near-duplicate texts count once)' }),
    languages: z.array(z.string()),
    facts: z.number().int(),
    conflicts: z.number().int(),
    singleSource: z.number().int(),
    quoteVariants: z.number().int(),
    relations: z.number().int(),
  })
  .openapi('StoryFigures');

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    articles: z.number().int(),
    firstPublished: z.string().nullable(),
    lastPublished: z.string().nullable(),
    updatedAt: z.string(),
    dirty: z.boolean().openapi({ description: 'its dossier waits to be written again: an article joined or left since' }),
    outlets: z.array(z.string()).openapi({ description: 'its articles\' outlets, the most articles first' }),
    figures: StoryFiguresSchema.nullable().openapi({ description: 'what its dossier counts; null until the first dossier is written' }),
  })
  .openapi('Story');

export const StoryPageSchema = z.object({ stories: z.array(StorySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi('StoryPage');

/** The dossier contract (../shared/acceptance/README.md), its top level: every list is there. */
export const DossierSchema = z
  .object({
    schemaVersion: z.string(),
    story: z.object({ title: z.string().nullable(), articles: z.number().int(), outlets: z.number().int(), independent: z.number().int(), languages: z.array(z.string()), stories: z.array(z.array(z.string())) }).passthrough(),
    articles: z.array(z.object({ id: z.string(), text: z.string() }).passthrough()),
    failed: z.array(z.object({ source: z.string(), reason: z.string() })),
    entities: z.array(z.object({ id: z.string(), name: z.string() }).passthrough()),
    quotes: z.array(z.object({ id: z.string() }).passthrough()),
    facts: z.array(z.object({ id: z.string(), text: z.string() }).passthrough()),
    singleSource: z.array(z.object({ id: z.string() }).passthrough()),
    omissions: z.array(z.object({ articleId: z.string(), factId: z.string() })),
    conflicts: z.array(z.object({ id: z.string(), kind: z.string() }).passthrough()),
    quoteVariants: z.array(z.object({ id: z.string() }).passthrough()),
    timeline: z.array(z.object({ date: z.string() }).passthrough()),
    framing: z.array(z.object({ articleId: z.string() }).passthrough()),
    relations: z.array(z.object({ id: z.string(), type: z.string() }).passthrough()),
  })
  .passthrough()
  .openapi('Dossier');

export const ReportQuery = z.object({
  top: z.coerce.number().int().min(1).max(10_000).optional().openapi({ description: 'items shown per list before "and N more"' }),
  full: z.enum(['true', 'false']).optional().openapi({ description: 'show every item of every list' }),
  minSources: z.coerce.number().int().min(1).max(1_000).optional().openapi({ description: 'facts shown need at least this many independent sources' }),
});

export const ArticleListingSchema = z
  .object({
    id: z.string(),
    storyId: z.string().nullable(),
    source: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    url: z.string().nullable(),
  })
  .openapi('ArticleListing');

export const ArticlePageSchema = z.object({ articles: z.array(ArticleListingSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi('ArticlePage');

const MessageSchema = z.object({ severity: z.string(), origin: z.string(), reason: z.string() }).passthrough();

export const ArticleSchema = ArticleListingSchema.extend({
  copies: z.array(z.string()),
  byline: z.string().nullable(),
  text: z.string().openapi({ description: 'the cleaned text every annotation\'s offsets point into' }),
  kinship: z.unknown(),
  dateline: z.unknown(),
  messages: z.array(MessageSchema),
  annotations: z
    .object({ sentences: z.array(z.unknown()), mentions: z.array(z.unknown()), quotes: z.array(z.unknown()), attributions: z.array(z.unknown()), dates: z.array(z.unknown()), quantities: z.array(z.unknown()), offsetMap: z.unknown() })
    .passthrough()
    .optional(),
}).openapi('Article');

export const EntityListingSchema = z
  .object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), articles: z.number().int(), stories: z.number().int() })
  .openapi('EntityListing');

export const EntityQuoteSchema = z
  .object({
    articleId: z.string(),
    storyId: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    speaker: z.string().nullable(),
  })
  .openapi('EntityQuote');

export const EntitySchema = EntityListingSchema.extend({
  names: z.array(z.string()),
  storyList: z.array(StorySchema).openapi({ description: 'its stories, newest first (at most 50)' }),
  quotes: z.array(EntityQuoteSchema).openapi({ description: 'what it is quoted saying, newest first (at most 50)' }),
}).openapi('Entity');

export const GraphQuery = z.object({
  format: z.enum(['json', 'graphml', 'gexf', 'csv', 'polecat']).default('json'),
  level: z.enum(['actor', 'country']).default('actor'),
  story: z.string().max(200).optional().openapi({ description: 'one story\'s relations' }),
  actor: z.string().max(200).optional().openapi({ description: 'the relations of the stories naming this actor (entity id or name)' }),
  from: day.optional(),
  to: day.optional(),
  stories: z.coerce.number().int().min(1).max(1_000).default(200).openapi({ description: 'most stories read, the newest first' }),
});

export const SearchQuery = z.object({
  q: z.string().min(1).max(500).openapi({ description: 'words, or a name' }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

export const SearchHitSchema = z.object({ kind: z.enum(['article', 'entity', 'quote']), id: z.string(), label: z.string(), detail: z.string().nullable(), rank: z.number() }).openapi('SearchHit');

export const FeedSchema = z
  .object({
    url: z.string(),
    intervalSeconds: z.number().int(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    failures: z.number().int(),
    nextPollAt: z.string(),
    lastError: z.string().nullable(),
  })
  .openapi('Feed');

export const NewFeedsSchema = z
  .object({
    feeds: z
      .array(z.object({ url: z.url({ protocol: /^https?$/ }).max(2000), intervalSeconds: z.number().int().min(60).max(7 * 86400).default(900) }))
      .min(1)
      .max(1000),
  })
  .openapi('NewFeeds');

export const IngestResultSchema = z
  .object({
    read: z.number().int(),
    added: z.number().int(),
    stories: z.array(z.string()).openapi({ description: 'the stories that gained articles' }),
    dossiers: z.array(z.string()).openapi({ description: 'the stories whose dossier was written again (none under serve --no-dossiers, which queues them for workers)' }),
    failed: z.array(z.object({ source: z.string(), reason: z.string() })).openapi({ description: 'inputs that could not be read, each with why; the others were stored' }),
  })
  .openapi('IngestResult');
