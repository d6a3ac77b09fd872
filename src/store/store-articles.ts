import type { Article } from '../model/index.ts';
import { entityId } from '../shared/entity-id.ts';
import { ARTICLE_COLUMNS, fromArticleRow, toArticleRow, type ArticleRow } from './article-rows.ts';
import type { Database } from './database.ts';
import { pack, PACKED_FORMAT } from './packed.ts';

/**
 * Stores articles that are not there yet, each once, by id (derived from its source and text): with its
 * actors and quotes, and what `readingOf` gives of it (the cluster stage's reading, kept for placing it
 * into a story), in one transaction, so a process killed midway leaves none half written. Returns the ids
 * it added; an article already stored is left as it is (storing the same input again changes nothing).
 */
export async function putArticles(db: Database, articles: readonly Article[], readingOf?: (article: Article) => unknown): Promise<string[]> {
  if (!articles.length) return [];
  return db.transaction(async (tx) => {
    const added: Article[] = [];
    const columns = ARTICLE_COLUMNS.length;
    const placeholders = ARTICLE_COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
    // the article and its reading in one statement: one round trip each
    const insert = `WITH added AS (INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO NOTHING RETURNING id, published, stored_at)
      INSERT INTO cluster_readings (article_id, published, stored_at, readable, reading, reading_format)
      SELECT id, published, stored_at, $${columns + 1}, $${columns + 2}, $${columns + 3} FROM added RETURNING article_id`;
    // by id, as the actors below: two workers storing the same articles at once wait for each other instead of deadlocking
    for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const readable = !article.messages.some((message) => message.severity === 'fatal');
      const reading = readable && readingOf ? pack(readingOf(article)) : null;
      const inserted = await tx.query<{ article_id: string }>(insert, [...toArticleRow(article), readable, reading, reading ? PACKED_FORMAT : null]);
      if (inserted.length) added.push(article);
    }
    // the actors and quotes of every article added, a statement each (a statement per row costs a round trip)
    await putActors(tx, added);
    await putQuotes(tx, added);
    const stored = new Set(added.map((article) => article.id));
    return articles.filter((article) => stored.has(article.id)).map((article) => article.id);
  });
}

/** The actors the articles name, each with how often and by which names in each article. */
async function putActors(tx: Database, articles: readonly Article[]): Promise<void> {
  const entities = new Map<string, { name: string; type: string; country: string | null }>();
  const links: Array<{ article: string; entity: string; mentions: number; names: string[] }> = [];
  for (const article of articles) {
    const byKey = new Map<string, { names: Set<string>; mentions: number }>();
    for (const mention of article.mentions) {
      const id = entityId(mention.entityKey);
      if (!entities.has(id)) entities.set(id, { name: mention.name, type: mention.type, country: mention.country });
      const actor = byKey.get(id) ?? { names: new Set<string>(), mentions: 0 };
      actor.names.add(mention.text);
      actor.mentions++;
      byKey.set(id, actor);
    }
    for (const [entity, actor] of byKey) links.push({ article: article.id, entity, mentions: actor.mentions, names: [...actor.names] });
  }
  if (!links.length) return;
  // in one order whatever the articles: two workers adding the same new actors at once wait for each other instead of deadlocking
  const ids = [...entities.keys()].sort();
  await tx.query(
    'INSERT INTO entities (id, name, type, country) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT (id) DO NOTHING',
    [ids, ids.map((id) => entities.get(id)!.name), ids.map((id) => entities.get(id)!.type), ids.map((id) => entities.get(id)!.country)],
  );
  await tx.query(
    'INSERT INTO article_entities (article_id, entity_id, mentions, names) SELECT a, e, m, n::jsonb FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(a, e, m, n)',
    [links.map((link) => link.article), links.map((link) => link.entity), links.map((link) => link.mentions), links.map((link) => JSON.stringify(link.names))],
  );
}

async function putQuotes(tx: Database, articles: readonly Article[]): Promise<void> {
  const rows = articles.flatMap((article) =>
    article.quotes.map((quote, position) => ({ article: article.id, position, start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker?.text ?? null, entity: quote.speakerKey ? entityId(quote.speakerKey) : null, language: article.language })),
  );
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO quotes (article_id, position, start_offset, end_offset, text, speaker, speaker_entity, language)
     SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [rows.map((row) => row.article), rows.map((row) => row.position), rows.map((row) => row.start), rows.map((row) => row.end), rows.map((row) => row.text), rows.map((row) => row.speaker), rows.map((row) => row.entity), rows.map((row) => row.language)],
  );
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
