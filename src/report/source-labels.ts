import type { Article } from '../model/index.ts';

/** "[A]", "[B]", … "[Z]", "[AA]": how the reports cite articles, in input order. */
export function sourceLabels(articles: readonly Article[]): Map<string, string> {
  return new Map(articles.map((article, index) => [article.id, `[${letters(index)}]`]));
}

/** "near-duplicate of [A]", "syndicated copy of [A]": what a copy is of the article it repeats. */
export function describeKinship(kinship: NonNullable<Article['kinship']>, label: string): string {
  return `${kinship.relation === 'syndicated' ? 'syndicated copy' : kinship.relation} of ${label}`;
}

function letters(index: number): string {
  let label = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  return label;
}

/**
 * "6 noise fragments removed": what clean took out of the article, by rule (the message's origin), each
 * rule shown as its first message's reason names it ('image credit: "Photo: AFP"' → "image credit").
 */
export function countRemovals(article: Article): Map<string, number> {
  const byRule = new Map<string, { label: string; count: number }>();
  for (const message of article.messages) {
    if (message.severity !== 'info' || !message.origin.startsWith('clean:')) continue;
    const rule = byRule.get(message.origin);
    if (rule) rule.count++;
    else byRule.set(message.origin, { label: message.reason.replace(/[:(].*$/, '').trim(), count: 1 });
  }
  return new Map([...byRule.values()].map(({ label, count }) => [label, count]));
}
