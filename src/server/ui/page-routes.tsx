import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { aggregateRelations } from '../../graph/index.ts';
import { browseStories, getArticleView, getStoryListing, listArticles, listEntities, listOutlets, type StoryFilter } from '../../store/index.ts';
import { isCalendarDayText } from '../../shared/calendar/index.ts';
import { ApiError } from '../api-error.ts';
import { sendCompressed } from '../send-compressed.ts';
import { readEntity } from '../api/entity-routes.ts';
import { graphStories } from '../api/graph-routes.ts';
import { sameToken, TOKEN_COOKIE } from '../require-token.ts';
import type { ServerApp, ServerContext } from '../server-context.ts';
import { ArticlePage } from './article-page.tsx';
import { EntityListPage, EntityPage } from './entity-pages.tsx';
import { GraphPage, type GraphFilter } from './graph-page.tsx';
import { GRAPH_SCRIPT } from './graph-script.ts';
import { LoginPage } from './login-page.tsx';
import { createStoryView } from './story/story-view.ts';
import { PendingStoryPage, StoryPage } from './story/story-page.tsx';
import { MAX_PAGE_SIZE } from '../server-options.ts';
import { StoryListPage } from './story-list-page.tsx';
import { STYLE_SHEET } from './style-sheet.ts';
import { htmlDocument } from './layout.tsx';

/** Stories on a page of the list, and actors on a page of theirs. */
const PAGE_SIZE = 25;
/** Stories a graph page reads at most, the newest first. */
const GRAPH_STORIES = 200;

/** The files the pages load, all from this server: the style sheet, the graph's script and cytoscape.js. */
const ASSETS: Record<string, { type: string; body: () => string }> = {
  'style.css': { type: 'text/css', body: () => STYLE_SHEET },
  'graph.js': { type: 'text/javascript', body: () => GRAPH_SCRIPT },
  'cytoscape.min.js': { type: 'text/javascript', body: () => readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8') },
};

/** The web pages: server-rendered HTML, every value from the inputs escaped by JSX, readable with JavaScript off. */
export function addPageRoutes(app: ServerApp, { db, dossiers, options }: ServerContext): void {
  const assets = new Map<string, string>();
  // the outlet filter's choices: every stored article's outlet counted, so read again at most once a minute
  const outletChoices = expiring(60, async () => (await listOutlets(db)).map((row) => row.outlet));
  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const asset = ASSETS[name];
    if (!asset) throw new ApiError(404, 'not_found', `no file ${name}`);
    if (!assets.has(name)) assets.set(name, asset.body());
    return c.body(assets.get(name)!, 200, { 'Content-Type': `${asset.type}; charset=utf-8`, 'Cache-Control': 'public, max-age=3600' });
  });

  // browsers ask for it on every site; there is none
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/', async (c) => {
    const filter = storyFilter(c);
    const offset = whole(c.req.query('offset'), 0);
    const [page, outlets, actors] = await Promise.all([
      browseStories(db, filter, PAGE_SIZE, offset),
      outletChoices(),
      filter.query ? listEntities(db, filter.query, 5, 0) : Promise.resolve([]),
    ]);
    return c.html(htmlDocument(<StoryListPage stories={page.stories} total={page.total} limit={PAGE_SIZE} offset={offset} filter={filter} outlets={outlets} actors={actors} />));
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await getStoryListing(db, id);
    if (!story) throw new ApiError(404, 'not_found', `no story ${id} in the store`);
    const version = await dossiers.current(id).catch(async (error: unknown) => {
      if (!(error instanceof ApiError) || error.code !== 'dossier_pending') throw error;
      return null;
    });
    if (!version) return c.html(htmlDocument(<PendingStoryPage story={story} articles={(await listArticles(db, id, MAX_PAGE_SIZE, 0)).articles} />));
    const full = c.req.query('full') === '1';
    const page = await dossiers.rendered(version, `page:${full}:${story.dirty}`, (dossier) => htmlDocument(<StoryPage view={createStoryView(id, dossier, full)} story={story} />));
    return sendCompressed(c, page, 'text/html; charset=UTF-8');
  });

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await getArticleView(db, id, false);
    if (!article) throw new ApiError(404, 'not_found', `no article ${id} in the store`);
    const mark = /^(\d+)-(\d+)$/.exec(c.req.query('mark') ?? '');
    const range = mark ? { start: Number(mark[1]), end: Number(mark[2]) } : null;
    return c.html(htmlDocument(<ArticlePage article={article} mark={range && range.start < range.end ? range : null} />));
  });

  app.get('/entities', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 200);
    const offset = whole(c.req.query('offset'), 0);
    const entities = await listEntities(db, query || null, PAGE_SIZE + 1, offset);
    return c.html(htmlDocument(<EntityListPage entities={entities.slice(0, PAGE_SIZE)} query={query} offset={offset} limit={PAGE_SIZE} more={entities.length > PAGE_SIZE} />));
  });

  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const [entity, relations] = await Promise.all([readEntity(db, id), graphStories(db, { actor: id }, GRAPH_STORIES, 'actor')]);
    return c.html(htmlDocument(<EntityPage entity={entity} stories={entity.storyList} quotes={entity.quotes} graph={aggregateRelations(relations, 'actor')} />));
  });

  app.get('/graph', async (c) => {
    const filter: GraphFilter = { ...optional('story', c.req.query('story')), ...optional('actor', c.req.query('actor')), ...optional('from', day(c.req.query('from'))), ...optional('to', day(c.req.query('to'))), level: c.req.query('level') === 'country' ? 'country' : 'actor' };
    const stories = await graphStories(db, filter, GRAPH_STORIES, filter.level);
    return c.html(htmlDocument(<GraphPage graph={aggregateRelations(stories, filter.level)} filter={filter} />));
  });

  app.get('/login', (c) => c.html(htmlDocument(<LoginPage next={localPath(c.req.query('next'))} wrong={false} />)));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const next = localPath(typeof form.next === 'string' ? form.next : undefined);
    const given = typeof form.token === 'string' ? form.token : '';
    if (options.token === null || !sameToken(given, options.token)) return c.html(htmlDocument(<LoginPage next={next} wrong />), 401);
    setCookie(c, TOKEN_COOKIE, given, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect(next, 303);
  });
}

/** The story filter of the list's query string: words, days (YYYY-MM-DD; others ignored), an outlet, an actor. */
function storyFilter(c: Context): StoryFilter {
  return {
    ...optional('query', c.req.query('q')?.trim().slice(0, 500)),
    ...optional('from', day(c.req.query('from'))),
    ...optional('to', day(c.req.query('to'))),
    ...optional('outlet', c.req.query('outlet')?.trim().slice(0, 200)),
    ...optional('actor', c.req.query('actor')?.trim().slice(0, 200)),
  };
}

/** `{[key]: value}` when there is a value, else nothing (so that an absent filter is no key at all). */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function day(value: string | undefined): string | undefined {
  return value && isCalendarDayText(value) ? value : undefined;
}

function whole(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 1_000_000 ? number : fallback;
}

/** Where to go after signing in: a path on this server only ("/stories/x"), never another site ("//evil.example"). */
function localPath(value: string | undefined): string {
  return value && /^\/(?![\/\\])/.test(value) ? value : '/';
}

/** `make`'s value, made again once it is older than `seconds` (one making at a time). */
function expiring<T>(seconds: number, make: () => Promise<T>): () => Promise<T> {
  let kept: { value: Promise<T>; at: number } | null = null;
  return () => {
    if (!kept || performance.now() - kept.at > seconds * 1000) {
      const value = make();
      kept = { value, at: performance.now() };
      // a failure is not kept: the next request tries again
      value.catch(() => (kept = null));
    }
    return kept.value;
  };
}
