import type { Database } from './database.ts';

/** One thing search found: an article, an actor or a quote, with what to show of it. */
export interface SearchHit {
  kind: 'article' | 'entity' | 'quote';
  /** The article's id, the entity's id, or the quote's article id and position ("a1b2:3"). */
  id: string;
  /** The article's title, the actor's name, the quote's words. */
  label: string;
  /** Where it comes from: the article's outlet and date, the actor's type, the quote's speaker. */
  detail: string | null;
  rank: number;
}

/**
 * Full-text search over the stored articles and quotes (PostgreSQL's text search: the words of the query,
 * stemmed in English and as written, "quoted phrases" and -exclusions as a web search takes them) and over
 * actors by name (trigram similarity, so "Zelenskiy" finds "Zelensky").
 */
export async function search(db: Database, query: string, limit = 20): Promise<SearchHit[]> {
  const text = query.trim();
  if (!text) return [];
  const matches = "(search @@ websearch_to_tsquery('english', $1) OR search @@ websearch_to_tsquery('simple', $1))";
  const rank = "greatest(ts_rank(search, websearch_to_tsquery('english', $1)), ts_rank(search, websearch_to_tsquery('simple', $1)))";
  const articles = await db.query<{ id: string; title: string | null; outlet: string | null; published: string | null; rank: number }>(
    `SELECT id, title, outlet, published::text AS published, ${rank} AS rank FROM articles WHERE ${matches} ORDER BY rank DESC, id LIMIT $2`,
    [text, limit],
  );
  const quotes = await db.query<{ article_id: string; position: number; text: string; speaker: string | null; rank: number }>(
    `SELECT article_id, position, text, speaker, ${rank} AS rank FROM quotes WHERE ${matches} ORDER BY rank DESC, article_id, position LIMIT $2`,
    [text, limit],
  );
  const entities = await db.query<{ id: string; name: string; type: string; rank: number }>(
    `SELECT id, name, type, similarity(name, $1) AS rank FROM entities WHERE name % $1 OR name ILIKE '%' || $1 || '%' ORDER BY rank DESC, name LIMIT $2`,
    [text, limit],
  );
  return [
    ...entities.map((row): SearchHit => ({ kind: 'entity', id: row.id, label: row.name, detail: row.type, rank: Number(row.rank) })),
    ...articles.map((row): SearchHit => ({ kind: 'article', id: row.id, label: row.title ?? row.id, detail: [row.outlet, row.published].filter(Boolean).join(', ') || null, rank: Number(row.rank) })),
    ...quotes.map((row): SearchHit => ({ kind: 'quote', id: `${row.article_id}:${row.position}`, label: row.text, detail: row.speaker, rank: Number(row.rank) })),
  ];
}
