import type { Article } from '../model/index.ts';
import { entityId } from '../shared/entity-id.ts';
import { ARTICLE_COLUMNS, fromArticleRow, toArticleRow, type ArticleRow } from './article-rows.ts';
import type { Database } from './database.ts';

/**
 * Stores articles that are not there yet, each once, by id (derived from its source and text): with its
 * actors and quotes, in one transaction, so a process killed midway leaves none half written. Returns the
 * ids it added; an article already stored is left as it is (storing the same input again changes nothing).
 */
export async function putArticles(db: Database, articles: readonly Article[]): Promise<string[]> {
  if (!articles.length) return [];
  return db.transaction(async (tx) => {
    const added: string[] = [];
    for (const article of articles) {
      const placeholders = ARTICLE_COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
      const inserted = await tx.query<{ id: string }>(`INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO NOTHING RETURNING id`, toArticleRow(article));
      if (!inserted.length) continue;
      added.push(article.id);
      await putActors(tx, article);
      await putQuotes(tx, article);
    }
    return added;
  });
}

/** The actors an article names, each with how often and by which names. */
async function putActors(tx: Database, article: Article): Promise<void> {
  const byKey = new Map<string, { name: string; type: string; country: string | null; names: Set<string>; mentions: number }>();
  for (const mention of article.mentions) {
    const actor = byKey.get(mention.entityKey) ?? { name: mention.name, type: mention.type, country: mention.country, names: new Set<string>(), mentions: 0 };
    actor.names.add(mention.text);
    actor.mentions++;
    byKey.set(mention.entityKey, actor);
  }
  for (const [key, actor] of byKey) {
    const id = entityId(key);
    await tx.query('INSERT INTO entities (id, name, type, country) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [id, actor.name, actor.type, actor.country]);
    await tx.query('INSERT INTO article_entities (article_id, entity_id, mentions, names) VALUES ($1, $2, $3, $4)', [article.id, id, actor.mentions, JSON.stringify([...actor.names])]);
  }
}

async function putQuotes(tx: Database, article: Article): Promise<void> {
  let position = 0;
  for (const quote of article.quotes) {
    await tx.query(
      'INSERT INTO quotes (article_id, position, start_offset, end_offset, text, speaker, speaker_entity, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [article.id, position++, quote.start, quote.end, quote.text, quote.speaker?.text ?? null, quote.speakerKey ? entityId(quote.speakerKey) : null, article.language],
    );
  }
}

/** The stored articles of these ids, in the order asked (ids the store lacks are left out), and which came back without their layers. */
export async function getArticles(db: Database, ids: readonly string[]): Promise<{ articles: Article[]; withoutLayers: string[] }> {
  if (!ids.length) return { articles: [], withoutLayers: [] };
  const rows = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS.join(', ')} FROM articles WHERE id = ANY($1::text[])`, [ids]);
  const byId = new Map(rows.map((row) => [row.id, fromArticleRow(row)]));
  const articles: Article[] = [];
  const withoutLayers: string[] = [];
  for (const id of ids) {
    const read = byId.get(id);
    if (!read) continue;
    articles.push(read.article);
    if (!read.layersRead) withoutLayers.push(id);
  }
  return { articles, withoutLayers };
}

/** Which of these ids the store holds already. */
export async function storedIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((row) => row.id));
}
