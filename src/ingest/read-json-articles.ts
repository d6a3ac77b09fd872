import type { ArticleMetadata, FailedInput, Message } from '../model/index.ts';
import { EMPTY_METADATA } from '../model/index.ts';
import { toIsoDate } from './to-iso-date.ts';

/** One article as a JSON input gives it, before its body is turned into text. */
export interface JsonArticle {
  source: string;
  body: string;
  /** The body field held HTML markup rather than text. */
  bodyIsHtml: boolean;
  metadata: ArticleMetadata;
  messages: Message[];
}

// news-please: maintext, authors, date_publish, source_domain; common APIs: text/content/body, published/date, outlet/source
const BODY_FIELDS = ['maintext', 'text', 'content', 'body', 'articleBody', 'article', 'full_text', 'fulltext', 'description'];
const TITLE_FIELDS = ['title', 'headline', 'title_page'];
const DATE_FIELDS = ['date_publish', 'published', 'publishedAt', 'published_at', 'datePublished', 'pubDate', 'date', 'created_at'];
const OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'site_name', 'siteName', 'source_name', 'source_domain', 'domain'];
const AUTHOR_FIELDS = ['authors', 'author', 'byline', 'creator'];
const URL_FIELDS = ['url', 'link', 'canonical_url', 'source_url'];
const LANGUAGE_FIELDS = ['language', 'lang', 'locale'];

/** Articles from a `.json` file holding one article or an array of them (or `{articles: [...]}`). */
export function readJsonArticles(text: string, source: string): { articles: JsonArticle[]; failed: FailedInput[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { articles: [], failed: [{ source, reason: `invalid JSON: ${(error as Error).message}` }] };
  }
  const container = parsed as { articles?: unknown; items?: unknown; data?: unknown };
  const list = Array.isArray(parsed) ? parsed : Array.isArray(container.articles) ? container.articles : Array.isArray(container.items) ? container.items : [parsed];
  const articles: JsonArticle[] = [];
  const failed: FailedInput[] = [];
  list.forEach((entry, position) => {
    const entrySource = list.length > 1 || Array.isArray(parsed) ? `${source}#${position + 1}` : source;
    const article = readJsonArticle(entry, entrySource);
    if ('reason' in article) failed.push(article);
    else articles.push(article);
  });
  return { articles, failed };
}

/** Articles from a JSON Lines file; a bad line fails alone, naming its line number. */
export function readJsonLinesArticles(text: string, source: string): { articles: JsonArticle[]; failed: FailedInput[] } {
  const articles: JsonArticle[] = [];
  const failed: FailedInput[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, position) => {
    if (!line.trim()) return;
    const lineSource = `${source}#${position + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      failed.push({ source: lineSource, reason: `line ${position + 1}: invalid JSON: ${(error as Error).message}` });
      return;
    }
    const article = readJsonArticle(parsed, lineSource);
    if ('reason' in article) failed.push(article);
    else articles.push(article);
  });
  return { articles, failed };
}

function readJsonArticle(entry: unknown, source: string): JsonArticle | FailedInput {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return { source, reason: 'not an article: expected a JSON object' };
  const record = entry as Record<string, unknown>;
  const body = firstString(record, BODY_FIELDS);
  if (!body) return { source, reason: `no article text: none of the fields ${BODY_FIELDS.join(', ')} holds text` };
  const messages: Message[] = [];
  const published = firstValue(record, DATE_FIELDS);
  const metadata: ArticleMetadata = {
    ...EMPTY_METADATA,
    title: firstString(record, TITLE_FIELDS),
    byline: readAuthors(firstValue(record, AUTHOR_FIELDS)),
    published: toIsoDate(published),
    outlet: readName(firstValue(record, OUTLET_FIELDS)),
    url: firstString(record, URL_FIELDS),
    language: firstString(record, LANGUAGE_FIELDS)?.slice(0, 2).toLowerCase() ?? null,
  };
  if (published !== undefined && metadata.published === null) {
    messages.push({ severity: 'warning', origin: 'ingest:read-json', reason: `unreadable date ${JSON.stringify(published)}` });
  }
  return { source, body, bodyIsHtml: /<(?:p|div|br|span|a|article)[\s/>]/i.test(body), metadata, messages };
}

function firstValue(record: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const field of fields) if (record[field] !== undefined && record[field] !== null && record[field] !== '') return record[field];
  return undefined;
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** `["Jane Doe", "John Roe"]` · `"Jane Doe"` · `[{name: "Jane Doe"}]` */
function readAuthors(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value]).map(readName).filter((name): name is string => !!name);
  return names.length ? names.join(', ') : null;
}

/** `"BBC News"` · `{name: "BBC News"}` · `{title: "BBC News"}` */
function readName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const field of ['name', 'title', 'id']) if (typeof record[field] === 'string' && (record[field] as string).trim()) return (record[field] as string).trim();
  }
  return null;
}
