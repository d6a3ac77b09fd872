import type { Article, Support } from '../model/index.ts';
import { independentSourceKey, outletKey } from './independent-source.ts';

/**
 * How many sources carry a statement: articles, distinct outlets (an article without a known outlet
 * counts as its own), and independent sources — a syndicated or near-duplicate copy counts with the
 * article it copies, and two articles of one outlet count as one source, so a fact never has more
 * independent sources than outlets.
 */
export function countSupport(articleIds: readonly string[], articles: ReadonlyMap<string, Article>): Support {
  const outlets = new Set<string>();
  const sources = new Set<string>();
  for (const id of articleIds) {
    if (!articles.has(id)) continue;
    outlets.add(outletKey(id, articles));
    sources.add(independentSourceKey(id, articles));
  }
  return { articles: articleIds.length, outlets: outlets.size, independent: sources.size };
}
