import type { Article } from '../model/index.ts';
import { findDuplicates } from './find-duplicates.ts';

/** Exact duplicates collapse into the first article (their sources listed in `copies`); near copies are marked. */
export function collapseDuplicates(articles: readonly Article[]): Article[] {
  const findings = findDuplicates(articles.filter((article) => article.text).map(({ id, text, outlet }) => ({ id, text, outlet })));
  const collapsed = new Set([...findings.exactCopies.values()].flat());
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles
    .filter((article) => !collapsed.has(article.id))
    .map((article) => {
      const copies = (findings.exactCopies.get(article.id) ?? []).map((id) => byId.get(id)!.source);
      const kinship = findings.kinship.get(article.id) ?? null;
      const messages = copies.length
        ? [...article.messages, { severity: 'info' as const, origin: 'clean:collapse-duplicates' as const, reason: `same text as ${copies.join(', ')}: collapsed into this article` }]
        : article.messages;
      return { ...article, copies, kinship, messages };
    });
}
