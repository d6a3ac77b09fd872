import type { Article, Message, StorySummary } from '../model/index.ts';
import { foldText } from '../shared/words.ts';

/** Counts what a reader asks first: how many articles, outlets and independent sources, in which languages. */
export function summarizeStory(articles: readonly Article[]): StorySummary {
  const outlets = new Set(articles.map((article) => article.outlet).filter((outlet): outlet is string => !!outlet).map(foldText));
  const languages = [...new Set(articles.map((article) => article.language).filter((language): language is string => !!language))].sort();
  const copies = articles.filter((article) => article.kinship !== null);
  const messages: Message[] = copies.map((article) => ({
    severity: 'info',
    origin: 'align:independence',
    reason: `${article.source} is a ${article.kinship!.relation} of ${articles.find((other) => other.id === article.kinship!.copyOf)?.source ?? article.kinship!.copyOf} (${Math.round(article.kinship!.similarity * 100)}% shared text): counted once`,
  }));
  return {
    title: articles.find((article) => article.title)?.title ?? null,
    articles: articles.length,
    outlets: outlets.size,
    independent: articles.length - copies.length,
    languages,
    messages,
  };
}
