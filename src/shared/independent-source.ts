import type { Article } from '../model/index.ts';
import { foldText } from './words.ts';

/** What of an article says which source it counts as. */
export type SourceFacts = Pick<Article, 'outlet' | 'kinship'>;

/** The outlet an article stands for: "outlet:reuters", or "article:<id>" when its outlet is unknown (it counts as its own). */
export function outletKey(id: string, articles: ReadonlyMap<string, SourceFacts>): string {
  const outlet = articles.get(id)?.outlet;
  return outlet ? `outlet:${foldText(outlet)}` : `article:${id}`;
}

/**
 * The independent source an article counts as: a syndicated or near-duplicate copy counts as the article it
 * copies, and two articles of one outlet as one source (so a statement never has more independent sources
 * than outlets). A copy whose original is not in `articles` counts as that original all the same.
 */
export function independentSourceKey(id: string, articles: ReadonlyMap<string, SourceFacts>): string {
  return outletKey(articles.get(id)?.kinship?.copyOf ?? id, articles);
}
