import type { Article } from '../model/index.ts';
import type { Database } from './database.ts';

/** An article as a reader sees it: its metadata, its cleaned text, what reading it noted, and (when asked) its annotations. */
export interface ArticleView {
  id: string;
  storyId: string | null;
  source: string;
  copies: string[];
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  text: string;
  kinship: Article['kinship'];
  dateline: Article['dateline'];
  messages: Article['messages'];
  /** Sentences, mentions, quotes, attributions, dates, quantities and the offset map: spans into `text`. */
  annotations?: Pick<Article, 'sentences' | 'mentions' | 'quotes' | 'attributions' | 'dates' | 'quantities' | 'offsetMap'>;
}

/** An article of a list: no text. */
export type ArticleListing = Pick<ArticleView, 'id' | 'storyId' | 'source' | 'title' | 'outlet' | 'published' | 'language' | 'url'>;

/** One stored article, with its annotations when `annotations`; null when the store has no such article. */
export async function getArticleView(db: Database, articleId: string, annotations = true): Promise<ArticleView | null> {
  const rows = await db.query<ViewRow>(
    `SELECT a.id, m.story_id, a.source, a.copies, a.title, a.outlet, a.byline, a.url, a.published::text AS published, a.language, a.text, a.kinship, a.dateline, a.messages
       ${annotations ? ', a.annotations' : ''}
     FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE a.id = $1`,
    [articleId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id, storyId: row.story_id, source: row.source, copies: row.copies, title: row.title, outlet: row.outlet, byline: row.byline, url: row.url,
    published: row.published, language: row.language, text: row.text, kinship: row.kinship, dateline: row.dateline, messages: row.messages,
    ...(annotations ? { annotations: row.annotations } : {}),
  };
}

interface ViewRow extends Omit<ArticleView, 'storyId' | 'annotations'> {
  story_id: string | null;
  annotations: ArticleView['annotations'];
}

/** The articles of a story (or of every story), newest first, `limit` from `offset`, and how many in all. */
export async function listArticles(db: Database, storyId: string | null, limit: number, offset: number): Promise<{ articles: ArticleListing[]; total: number }> {
  const where = storyId === null ? 'true' : 'm.story_id = $3';
  const params = storyId === null ? [limit, offset] : [limit, offset, storyId];
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE ${storyId === null ? 'true' : 'm.story_id = $1'}`,
    storyId === null ? [] : [storyId],
  );
  const rows = await db.query<{ id: string; story_id: string | null; source: string; title: string | null; outlet: string | null; published: string | null; language: string | null; url: string | null }>(
    `SELECT a.id, m.story_id, a.source, a.title, a.outlet, a.published::text AS published, a.language, a.url
     FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id WHERE ${where}
     ORDER BY a.published DESC NULLS LAST, a.id LIMIT $1 OFFSET $2`,
    params,
  );
  return {
    articles: rows.map((row) => ({ id: row.id, storyId: row.story_id, source: row.source, title: row.title, outlet: row.outlet, published: row.published, language: row.language, url: row.url })),
    total: count?.total ?? 0,
  };
}
