import type { ClauseFeatures } from './describe-clauses.ts';

/**
 * Whether the clauses come from two articles or more: a fact, and an event group, is what two articles
 * say, so the clauses of one article (a story of one long article) make none and need not be read for one.
 */
export function comeFromTwoArticles(features: readonly ClauseFeatures[]): boolean {
  const first = features[0]?.clause.articleId;
  return features.some((feature) => feature.clause.articleId !== first);
}
