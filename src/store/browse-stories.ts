import type { Database } from './database.ts';
import { utcText, type StoredStory, type StoryFigures } from './stories.ts';

/** What a reader narrows the story list by; every field is optional. */
export interface StoryFilter {
  /** Words of its articles (title and text), as a web search takes them ("quoted phrases", -exclusions). */
  query?: string;
  /** Stories with an article published on or after this day (YYYY-MM-DD). */
  from?: string;
  /** … on or before this day. */
  to?: string;
  /** Stories with an article of this outlet (its name, any case). */
  outlet?: string;
  /** Stories with an article naming this actor: its entity id, or its name (any case). */
  actor?: string;
}

/** A story as the list shows it: as the store lists it, with its figures and outlets. */
export interface StoryListing extends StoredStory {
  /** What its dossier counts; null until its first dossier is written. */
  figures: StoryFigures | null;
  /** Its articles' outlets, the most articles first (from the articles themselves, so known before any dossier). */
  outlets: string[];
}

/** What a story's line of the list reads: one row of `stories s`, its article count and outlets kept there as its articles change. */
const LISTING_COLUMNS = `s.id, s.title, s.first_published::text AS first_published, s.last_published::text AS last_published,
  ${utcText('s.updated_at')} AS updated_at, s.dirty, s.figures, s.article_count AS articles, s.outlets`;

/** The stories that match, newest first (by their latest article, then by change), `limit` from `offset`, and how many match in all. */
export async function browseStories(db: Database, filter: StoryFilter, limit: number, offset: number): Promise<{ stories: StoryListing[]; total: number }> {
  const { where, params } = storyConditions(filter);
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM stories s WHERE ${where}`, params);
  const rows = await db.query<ListingRow>(
    `SELECT ${LISTING_COLUMNS} FROM stories s WHERE ${where}
     ORDER BY s.last_published DESC NULLS LAST, s.updated_at DESC, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { stories: rows.map(toListing), total: count?.total ?? 0 };
}

/** One story as the list shows it, or null. */
export async function getStoryListing(db: Database, storyId: string): Promise<StoryListing | null> {
  const rows = await db.query<ListingRow>(
    `SELECT ${LISTING_COLUMNS} FROM stories s WHERE s.id = $1`,
    [storyId],
  );
  return rows[0] ? toListing(rows[0]) : null;
}

interface ListingRow {
  id: string;
  title: string | null;
  first_published: string | null;
  last_published: string | null;
  updated_at: string;
  dirty: boolean;
  figures: StoryFigures | null;
  articles: number;
  outlets: string[];
}

function toListing(row: ListingRow): StoryListing {
  return {
    id: row.id, title: row.title, articles: row.articles, firstPublished: row.first_published, lastPublished: row.last_published, updatedAt: row.updated_at,
    dirty: row.dirty, figures: row.figures, outlets: row.outlets,
  };
}

/** The WHERE clause of a filter over `stories s`, with its parameters ($1 …). */
function storyConditions(filter: StoryFilter): { where: string; params: unknown[] } {
  const conditions: string[] = ['true'];
  const params: unknown[] = [];
  const parameter = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const ofArticles = (condition: string) => `EXISTS (SELECT 1 FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id AND ${condition})`;
  if (filter.query?.trim()) {
    const query = parameter(filter.query.trim());
    conditions.push(
      `(s.title ILIKE '%' || ${query} || '%' OR ${ofArticles(`(a.search @@ websearch_to_tsquery('english', ${query}) OR a.search @@ websearch_to_tsquery('simple', ${query}))`)})`,
    );
  }
  // a story overlaps the days asked: its first article on or before `to`, its last on or after `from`
  if (filter.from) conditions.push(`s.last_published >= ${parameter(filter.from)}::date`);
  if (filter.to) conditions.push(`s.first_published <= ${parameter(filter.to)}::date`);
  if (filter.outlet?.trim()) conditions.push(ofArticles(`lower(a.outlet) = lower(${parameter(filter.outlet.trim())})`));
  if (filter.actor?.trim()) {
    const actor = parameter(filter.actor.trim());
    conditions.push(
      `EXISTS (SELECT 1 FROM story_articles m JOIN article_entities ae ON ae.article_id = m.article_id JOIN entities e ON e.id = ae.entity_id
               WHERE m.story_id = s.id AND (e.id = ${actor} OR lower(e.name) = lower(${actor})))`,
    );
  }
  return { where: conditions.join(' AND '), params };
}

/** The outlets of the stored articles, the most articles first: what the outlet filter offers. */
export async function listOutlets(db: Database, limit = 200): Promise<Array<{ outlet: string; articles: number }>> {
  return db.query<{ outlet: string; articles: number }>(
    'SELECT outlet, count(*)::int AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet LIMIT $1',
    [limit],
  );
}

/**
 * What the actor graph reads of the stories that match (their `relations`, as storeDossier kept them), the
 * newest first, at most `limit`; stories without a dossier yet are left out.
 */
export async function storyRelationsMatching(db: Database, filter: StoryFilter & { storyIds?: readonly string[] }, limit: number): Promise<unknown[]> {
  const { where, params } = storyConditions(filter);
  const ids = filter.storyIds ? ` AND s.id = ANY($${params.length + 2}::text[])` : '';
  const rows = await db.query<{ relations: unknown }>(
    `SELECT s.relations FROM stories s WHERE ${where} AND s.relations IS NOT NULL${ids} ORDER BY s.last_published DESC NULLS LAST, s.updated_at DESC, s.id LIMIT $${params.length + 1}`,
    filter.storyIds ? [...params, limit, filter.storyIds] : [...params, limit],
  );
  return rows.map((row) => row.relations);
}

/** What the store holds: articles, stories, and stories whose dossier waits to be written. */
export async function storeCounts(db: Database): Promise<{ articles: number; stories: number; dossiersWaiting: number }> {
  const [row] = await db.query<{ articles: number; stories: number; waiting: number }>(
    'SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM stories) AS stories, (SELECT count(*)::int FROM stories WHERE dirty) AS waiting',
  );
  return { articles: row?.articles ?? 0, stories: row?.stories ?? 0, dossiersWaiting: row?.waiting ?? 0 };
}
