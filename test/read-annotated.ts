import assert from 'node:assert/strict';
import { annotateArticle } from '../src/annotate/index.ts';
import type { Article } from '../src/model/index.ts';
import { extractArticleFromBytes } from '../src/pipeline.ts';

/** Texts written for a test (source name → text), each read, cleaned and annotated as the pipeline does. */
export async function readAnnotated(texts: Record<string, string>): Promise<Article[]> {
  const articles: Article[] = [];
  for (const [source, text] of Object.entries(texts)) {
    const article = await extractArticleFromBytes(source, new TextEncoder().encode(text));
    assert.ok('text' in article, `${source} is read`);
    articles.push(annotateArticle(article));
  }
  return articles;
}
