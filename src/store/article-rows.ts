import { deserialize } from 'node:v8';
import type { Article } from '../model/index.ts';
import { pack, PACKED_FORMAT, unpack } from './packed.ts';

/** Layers as the first release wrote them: v8-serialized, not deflated; still read. */
const PLAIN_LAYERS_FORMAT = `v8/${process.versions.v8}`;

/** An `articles` row as the store writes it and reads it. */
export interface ArticleRow {
  id: string;
  source: string;
  copies: string[];
  kind: string | null;
  encoding: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  published_from: string | null;
  language: string | null;
  raw: string;
  text: string;
  kinship: Article['kinship'];
  dateline: Article['dateline'];
  annotations: Annotations;
  layers: Uint8Array | null;
  layers_format: string | null;
  messages: Article['messages'];
}

/** What the JSON dossier gives of an article's annotation, kept as JSON in the store. */
type Annotations = Pick<Article, 'sentences' | 'mentions' | 'quotes' | 'attributions' | 'dates' | 'quantities' | 'offsetMap'>;
/** annotate's in-memory layers, kept as bytes. */
type Layers = Pick<Article, 'tokens' | 'clauses'>;

/** The columns of an article, in the order of `ARTICLE_COLUMNS`. */
export function toArticleRow(article: Article): unknown[] {
  const annotations: Annotations = {
    sentences: article.sentences, mentions: article.mentions, quotes: article.quotes, attributions: article.attributions,
    dates: article.dates, quantities: article.quantities, offsetMap: article.offsetMap,
  };
  const layers: Layers = { tokens: article.tokens, clauses: article.clauses };
  return [
    article.id, article.source, JSON.stringify(article.copies), article.kind, article.encoding, article.title, article.outlet, article.byline, article.url,
    isoDate(article.published), article.publishedFrom, article.language, article.raw, article.text, json(article.kinship), json(article.dateline),
    JSON.stringify(annotations), article.tokens.length ? pack(layers) : null, article.tokens.length ? PACKED_FORMAT : null, JSON.stringify(article.messages),
  ];
}

export const ARTICLE_COLUMNS = [
  'id', 'source', 'copies', 'kind', 'encoding', 'title', 'outlet', 'byline', 'url', 'published', 'published_from', 'language', 'raw', 'text',
  'kinship', 'dateline', 'annotations', 'layers', 'layers_format', 'messages',
] as const;

/**
 * The article a row holds. Its tokens and clauses come back when the row's layers were written by this
 * serializer; `layersRead` says whether they did (else annotate reads the text again).
 */
export function fromArticleRow(row: ArticleRow): { article: Article; layersRead: boolean } {
  const stored = row.layers !== null && row.layers_format === PLAIN_LAYERS_FORMAT ? (deserialize(row.layers) as Layers) : unpack<Layers>(row.layers, row.layers_format);
  const layersRead = stored !== null;
  const layers: Layers = stored ?? { tokens: [], clauses: [] };
  const article: Article = {
    id: row.id, source: row.source, copies: row.copies, kind: row.kind as Article['kind'], encoding: row.encoding,
    title: row.title, outlet: row.outlet, byline: row.byline, url: row.url, published: dateText(row.published), publishedFrom: row.published_from as Article['publishedFrom'],
    language: row.language, raw: row.raw, text: row.text, kinship: row.kinship, dateline: row.dateline, messages: row.messages,
    ...row.annotations, ...layers,
  };
  return { article, layersRead };
}

/** "2025-12-11"; a partial date ("--12-11", "2025-12") is no SQL date and stays out of the column. */
function isoDate(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** A `date` column comes back as a Date (pg) or a string (PGlite); the model keeps `YYYY-MM-DD`. */
function dateText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
