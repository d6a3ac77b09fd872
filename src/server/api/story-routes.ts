import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { renderDossier, type ReportOptions } from '../../report/index.ts';
import { browseStories, getStoryListing, listArticles } from '../../store/index.ts';
import { ApiError } from '../api-error.ts';
import { holdsVersion, sendCompressed } from '../send-compressed.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { ArticlePageSchema, DossierSchema, errorResponses, IdParam, PageQuery, ReportQuery, StoryFilterQuery, StoryPageSchema, StorySchema } from './schemas.ts';

const listStories = createRoute({
  method: 'get',
  path: '/api/stories',
  summary: 'List or search stories, newest first',
  description: 'Paged; filtered by words of their articles, days, an outlet or an actor. Each story with its outlets and, once its dossier is written, its independent sources and counts.',
  request: { query: StoryFilterQuery },
  responses: { 200: { description: 'a page of stories', content: { 'application/json': { schema: StoryPageSchema } } }, ...errorResponses(400, 401) },
});

const getStory = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  summary: 'One story',
  request: { params: IdParam },
  responses: { 200: { description: 'the story', content: { 'application/json': { schema: StorySchema } } }, ...errorResponses(400, 401, 404) },
});

const getDossier = createRoute({
  method: 'get',
  path: '/api/stories/{id}/dossier',
  summary: 'A story\'s dossier: the JSON contract, as analyze --format json writes it',
  description: 'Sent gzip-compressed to a client that accepts gzip; with an ETag, so a client that has it gets 304.',
  request: { params: IdParam },
  responses: {
    200: { description: 'the dossier', content: { 'application/json': { schema: DossierSchema } } },
    304: { description: 'the dossier has not changed since the ETag given in If-None-Match' },
    ...errorResponses(400, 401, 404),
  },
});

const getMarkdown = createRoute({
  method: 'get',
  path: '/api/stories/{id}/dossier.md',
  summary: 'A story\'s dossier as Markdown, as analyze --format md writes it',
  request: { params: IdParam, query: ReportQuery },
  responses: { 200: { description: 'the dossier in Markdown', content: { 'text/markdown': { schema: z.string() } } }, ...errorResponses(400, 401, 404) },
});

const getHtml = createRoute({
  method: 'get',
  path: '/api/stories/{id}/dossier.html',
  summary: 'A story\'s dossier as one self-contained HTML page, as analyze --format html writes it',
  request: { params: IdParam, query: ReportQuery },
  responses: { 200: { description: 'the dossier as a page', content: { 'text/html': { schema: z.string() } } }, ...errorResponses(400, 401, 404) },
});

const storyArticles = createRoute({
  method: 'get',
  path: '/api/stories/{id}/articles',
  summary: 'A story\'s articles, newest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: { description: 'a page of articles', content: { 'application/json': { schema: ArticlePageSchema } } }, ...errorResponses(400, 401, 404) },
});

export function addStoryRoutes(app: ServerApp, { db, dossiers }: ServerContext): void {
  app.openapi(listStories, async (c) => {
    const { limit, offset, q, ...filter } = c.req.valid('query');
    const page = await browseStories(db, { ...filter, ...(q ? { query: q } : {}) }, limit, offset);
    return c.json({ ...page, limit, offset }, 200);
  });

  app.openapi(getStory, async (c) => {
    const { id } = c.req.valid('param');
    const story = await getStoryListing(db, id);
    if (!story) throw new ApiError(404, 'not_found', `no story ${id} in the store`);
    return c.json(story, 200);
  });

  app.openapi(getDossier, async (c) => {
    const version = await dossiers.current(c.req.valid('param').id);
    if (holdsVersion(c.req.header('If-None-Match'), version.etag)) return c.body(null, 304);
    return sendCompressed(c, await dossiers.compressed(version), 'application/json; charset=utf-8', { ETag: version.etag });
  });

  /** The dossier as analyze's Markdown or HTML report, made once per version and options. */
  const sendReport = async (c: Context, id: string, query: ReportQueryValues, format: 'md' | 'html', type: string) => {
    const version = await dossiers.current(id);
    const options = reportOptions(query);
    const text = await dossiers.rendered(version, `${format}:${JSON.stringify(options)}`, (dossier) => renderDossier(dossier, format, options));
    return sendCompressed(c, text, `${type}; charset=utf-8`, { ETag: version.etag });
  };
  app.openapi(getMarkdown, (c) => sendReport(c, c.req.valid('param').id, c.req.valid('query'), 'md', 'text/markdown'));
  app.openapi(getHtml, (c) => sendReport(c, c.req.valid('param').id, c.req.valid('query'), 'html', 'text/html'));

  app.openapi(storyArticles, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    if (!(await getStoryListing(db, id))) throw new ApiError(404, 'not_found', `no story ${id} in the store`);
    const page = await listArticles(db, id, limit, offset);
    return c.json({ ...page, limit, offset }, 200);
  });
}

/** `?top=…&full=…&minSources=…` as ReportQuery validates them. */
type ReportQueryValues = { top?: number; full?: 'true' | 'false'; minSources?: number };

/** The report's options from `?top=…&full=…&minSources=…`. */
export function reportOptions(query: ReportQueryValues): ReportOptions {
  return { ...(query.top ? { top: query.top } : {}), ...(query.full === 'true' ? { full: true } : {}), ...(query.minSources ? { minSources: query.minSources } : {}) };
}
