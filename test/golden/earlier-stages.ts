import { annotateArticle } from '../../src/annotate/index.ts';
import { cleanRawArticle } from '../../src/clean/index.ts';
import { DEFAULT_OPTIONS, type Article, type RawArticle } from '../../src/model/index.ts';

/** The article clean hands annotate, as src/pipeline.ts makes it with no `--published`. Duplicates are not collapsed: a case holds none. */
export function toCleanedArticle(raw: RawArticle): Article {
  return cleanRawArticle(raw, DEFAULT_OPTIONS.clean);
}

/** Ingest's articles through clean and annotate: what a later stage (cluster, align) reads. */
export function toAnnotatedArticles(raws: readonly RawArticle[]): Article[] {
  return raws.map((raw) => annotateArticle(toCleanedArticle(raw)));
}
