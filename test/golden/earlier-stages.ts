import { createHash } from 'node:crypto';
import { annotateArticle } from '../../src/annotate/index.ts';
import { cleanArticle } from '../../src/clean/index.ts';
import type { Article, RawArticle } from '../../src/model/index.ts';

/**
 * The article clean hands annotate, built from the stages' public faces as src/pipeline.ts builds it with
 * no `--published` (earlier-stages.test.ts checks that they agree). Duplicates are not collapsed: a case
 * holds none. No projection shows the id; it is the pipeline's, so that the order of ids is too.
 */
export function toCleanedArticle(raw: RawArticle): Article {
  const cleaned = cleanArticle(raw);
  return {
    id: `a${createHash('sha1').update(raw.source).digest('hex').slice(0, 10)}`,
    source: raw.source,
    copies: [],
    ...cleaned.metadata,
    publishedFrom: cleaned.metadata.published ? 'found' : null,
    kind: raw.kind,
    encoding: raw.encoding,
    raw: raw.text,
    text: cleaned.text,
    offsetMap: cleaned.offsetMap,
    kinship: null,
    sentences: [],
    mentions: [],
    quotes: [],
    attributions: [],
    dates: [],
    quantities: [],
    messages: [...raw.messages, ...cleaned.messages],
  };
}

/** Ingest's articles through clean and annotate: what a later stage (cluster, align) reads. */
export function toAnnotatedArticles(raws: readonly RawArticle[]): Article[] {
  return raws.map((raw) => annotateArticle(toCleanedArticle(raw)));
}
