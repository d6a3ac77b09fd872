import type { Article, Fact } from '../../model/index.ts';

/** Statements aligned across the articles of one story, each with its evidence from every article that carries it. */
export function alignFacts(articles: readonly Article[]): Fact[] {
  void articles;
  return [];
}
