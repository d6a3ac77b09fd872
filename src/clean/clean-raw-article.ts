import { createHash } from 'node:crypto';
import type { Article, CleanOptions, RawArticle } from '../model/index.ts';
import { cleanArticle } from './clean-article.ts';

/**
 * A raw article as the article every later stage reads: its cleaned text and offset map, its metadata
 * (the date given in the options where none is found), its messages, and empty annotation layers.
 */
export function cleanRawArticle(raw: RawArticle, options: CleanOptions): Article {
  const cleaned = cleanArticle(raw, options);
  const metadata = cleaned.metadata;
  const publishedFrom = metadata.published ? 'found' : options.published ? 'given' : null;
  return {
    id: articleId(raw.source, raw.text),
    source: raw.source,
    copies: [],
    ...metadata,
    published: metadata.published ?? options.published,
    publishedFrom,
    kind: raw.kind,
    encoding: raw.encoding,
    raw: raw.text,
    text: cleaned.text,
    offsetMap: cleaned.offsetMap,
    kinship: null,
    dateline: cleaned.dateline,
    sentences: [],
    tokens: [],
    clauses: [],
    mentions: [],
    quotes: [],
    attributions: [],
    dates: [],
    quantities: [],
    messages: [...raw.messages, ...cleaned.messages],
  };
}

/**
 * Stable for the same input, and another id when the same source gives another text (a page that
 * changed): a short hash of the source as given and the text read from it, so a store can key on it.
 */
function articleId(source: string, text: string): string {
  return `a${createHash('sha1').update(source).update('\0').update(text).digest('hex').slice(0, 10)}`;
}
