import type { Article } from '../model/index.ts';

/** "[A]", "[B]", … "[Z]", "[AA]": how the reports cite articles, in input order. */
export function sourceLabels(articles: readonly Article[]): Map<string, string> {
  return new Map(articles.map((article, index) => [article.id, `[${letters(index)}]`]));
}

function letters(index: number): string {
  let label = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  return label;
}

/** "6 noise fragments removed": what clean took out of the article, by kind. */
export function countRemovals(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of article.messages) {
    if (message.severity !== 'info' || !message.origin.startsWith('clean:')) continue;
    const kind = message.reason.replace(/[:(].*$/, '').trim();
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}
