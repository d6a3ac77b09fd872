import type { Article } from '../model/index.ts';

/**
 * What `extract` prints. One article: its text, or its metadata and text as one JSON object (the benchmark's
 * fields). With --all: each text under a `==> source <==` line (as `head` heads several files), or JSON Lines,
 * one article a line with its source.
 */
export function formatArticles(articles: readonly Article[], format: 'text' | 'json', all: boolean): string {
  if (!all) {
    const article = articles[0]!;
    return format === 'json' ? `${JSON.stringify(fields(article), null, 2)}\n` : `${article.text}\n`;
  }
  if (format === 'json') return articles.map((article) => `${JSON.stringify({ source: article.source, ...fields(article) })}\n`).join('');
  return articles.map((article) => `==> ${article.source} <==\n${article.text}\n`).join('\n');
}

function fields({ title, byline, published, outlet, language, text }: Article) {
  return { title, byline, published, outlet, language, text };
}
