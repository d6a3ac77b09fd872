import type { Article, Dossier } from '../model/index.ts';

/**
 * The dossier contract (../shared/acceptance/README.md), every array present, two-space indented. The
 * token and clause layers the later stages read stay out: a reader rebuilds them from `text`.
 */
export function renderJson(dossier: Dossier): string {
  return `${JSON.stringify({ ...dossier, articles: dossier.articles.map(withoutWorkingLayers) }, null, 2)}\n`;
}

function withoutWorkingLayers({ tokens, clauses, ...article }: Article): Omit<Article, 'tokens' | 'clauses'> {
  void tokens;
  void clauses;
  return article;
}
