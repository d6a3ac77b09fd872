import type { Article, Message, StorySummary } from '../model/index.ts';
import { countSupport } from '../shared/count-support.ts';

/**
 * Counts what a reader asks first: how many articles, outlets and independent sources, in which languages;
 * and says so when the articles clearly tell several stories (`stories`, groups of article ids).
 */
export function summarizeStory(articles: readonly Article[], stories: readonly (readonly string[])[] = []): StorySummary {
  const support = countSupport(articles.map((article) => article.id), new Map(articles.map((article) => [article.id, article])));
  const languages = [...new Set(articles.map((article) => article.language).filter((language): language is string => !!language))].sort();
  const copies = articles.filter((article) => article.kinship !== null);
  const messages: Message[] = copies.map((article) => ({
    severity: 'info',
    origin: 'align:independence',
    reason: `${article.source} is a ${article.kinship!.relation === 'syndicated' ? 'syndicated copy' : article.kinship!.relation} of ${articles.find((other) => other.id === article.kinship!.copyOf)?.source ?? article.kinship!.copyOf} (${Math.round(article.kinship!.similarity * 100)}% shared text): counted once`,
  }));
  if (stories.length > 1) messages.unshift(severalStoriesMessage(articles, stories), ...aloneInAnotherLanguage(articles, stories));
  return {
    title: articles.find((article) => article.title)?.title ?? null,
    articles: articles.length,
    outlets: support.outlets,
    independent: support.independent,
    languages,
    stories: stories.map((story) => [...story]),
    messages,
  };
}

/** "These 10 articles tell 2 separate stories …": each group named by its articles, nothing aligned across them. */
function severalStoriesMessage(articles: readonly Article[], stories: readonly (readonly string[])[]): Message {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const name = (id: string) => {
    const article = byId.get(id)!;
    return article.title ? `${article.source} ("${article.title}")` : article.source;
  };
  const groups = stories.map((story, index) => `story ${index + 1} (${story.length} article${story.length === 1 ? '' : 's'}): ${story.map(name).join('; ')}`);
  return {
    severity: 'warning',
    origin: 'align:several-stories',
    reason: `These articles tell ${stories.length} separate stories; facts, conflicts and the timeline are aligned within each story only. ${groups.join(' | ')}`,
  };
}

/**
 * "de-report.txt is in "de" and shares no name, number or date with the other articles: it is a story of
 * its own": an article whose clauses were not read, alone in its story, says why it was not aligned with any.
 */
function aloneInAnotherLanguage(articles: readonly Article[], stories: readonly (readonly string[])[]): Message[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return stories
    .filter((story) => story.length === 1 && !byId.get(story[0]!)?.clauses.length)
    .map((story) => {
      const article = byId.get(story[0]!)!;
      return {
        severity: 'info',
        origin: 'align:several-stories',
        reason: `${article.source} is in ${article.language ? `"${article.language}"` : 'a language not read'} and shares no name, number or date with the other articles: it is a story of its own`,
      };
    });
}
