import type { Article, Support } from '../../model/index.ts';
import { foldText } from '../../shared/words.ts';

/**
 * How many sources carry a statement: articles, distinct outlets (an article without a known outlet
 * counts as its own), and independent sources — a syndicated or near-duplicate copy counts with the
 * article it copies.
 */
export function countSupport(articleIds: readonly string[], articles: ReadonlyMap<string, Article>): Support {
  const outlets = new Set<string>();
  const origins = new Set<string>();
  for (const id of articleIds) {
    const article = articles.get(id);
    if (!article) continue;
    outlets.add(article.outlet ? `outlet:${foldText(article.outlet)}` : `article:${id}`);
    origins.add(article.kinship?.copyOf ?? id);
  }
  return { articles: articleIds.length, outlets: outlets.size, independent: origins.size };
}
