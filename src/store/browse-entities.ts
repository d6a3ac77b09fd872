import type { Database } from './database.ts';

/** An actor as the store knows it across articles. */
export interface EntityListing {
  id: string;
  name: string;
  type: string;
  country: string | null;
  /** Stored articles that name it, and the stories they are in. */
  articles: number;
  stories: number;
}

/** An actor with the names the articles give it. */
export interface EntityView extends EntityListing {
  names: string[];
}

/** A quote of an actor, with the article it is in. */
export interface EntityQuote {
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  /** The speaker as the article writes it. */
  speaker: string | null;
}

const STORY_COUNT = '(SELECT count(DISTINCT m.story_id)::int FROM article_entities ae JOIN story_articles m ON m.article_id = ae.article_id WHERE ae.entity_id = e.id) AS stories';
const COUNTS = `(SELECT count(*)::int FROM article_entities ae WHERE ae.entity_id = e.id) AS articles, ${STORY_COUNT}`;

/** Actors, the most named first, or those whose name is like `query` (trigram similarity, so "Zelenskiy" finds "Zelensky"), the most alike first. */
export async function listEntities(db: Database, query: string | null, limit: number, offset: number): Promise<EntityListing[]> {
  const text = query?.trim();
  if (text) {
    return db.query<EntityListing>(
      `SELECT e.id, e.name, e.type, e.country, ${COUNTS} FROM entities e WHERE e.name % $1 OR e.name ILIKE '%' || $1 || '%'
       ORDER BY similarity(e.name, $1) DESC, e.name LIMIT $2 OFFSET $3`,
      [text, limit, offset],
    );
  }
  return db.query<EntityListing>(
    `SELECT e.id, e.name, e.type, e.country, c.articles, ${STORY_COUNT} FROM entities e
     JOIN (SELECT entity_id, count(*)::int AS articles FROM article_entities GROUP BY entity_id ORDER BY articles DESC, entity_id LIMIT $1 OFFSET $2) c ON c.entity_id = e.id
     ORDER BY c.articles DESC, e.id`,
    [limit, offset],
  );
}

/** One actor, with every name the articles give it; null when the store has no such actor. */
export async function getEntityView(db: Database, entityId: string): Promise<EntityView | null> {
  const rows = await db.query<EntityView>(
    `SELECT e.id, e.name, e.type, e.country, ${COUNTS},
       (SELECT coalesce(json_agg(DISTINCT n.name ORDER BY n.name), '[]'::json) FROM article_entities ae, jsonb_array_elements_text(ae.names) AS n(name) WHERE ae.entity_id = e.id) AS names
     FROM entities e WHERE e.id = $1`,
    [entityId],
  );
  return rows[0] ?? null;
}

/** What an actor is quoted saying, the newest articles first. */
export async function entityQuotes(db: Database, entityId: string, limit: number, offset: number): Promise<EntityQuote[]> {
  const rows = await db.query<{ article_id: string; story_id: string | null; title: string | null; outlet: string | null; published: string | null; start_offset: number; end_offset: number; text: string; speaker: string | null }>(
    `SELECT q.article_id, m.story_id, a.title, a.outlet, a.published::text AS published, q.start_offset, q.end_offset, q.text, q.speaker
     FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN story_articles m ON m.article_id = q.article_id
     WHERE q.speaker_entity = $1 ORDER BY a.published DESC NULLS LAST, q.article_id, q.position LIMIT $2 OFFSET $3`,
    [entityId, limit, offset],
  );
  return rows.map((row) => ({ articleId: row.article_id, storyId: row.story_id, title: row.title, outlet: row.outlet, published: row.published, start: row.start_offset, end: row.end_offset, text: row.text, speaker: row.speaker }));
}

/** The ids an actor filter names: the id itself, and every actor of that name (any case), as the story filter matches them. */
export async function entityIdsNamed(db: Database, actor: string): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>('SELECT id FROM entities WHERE id = $1 OR lower(name) = lower($1)', [actor]);
  return new Set([actor, ...rows.map((row) => row.id)]);
}
