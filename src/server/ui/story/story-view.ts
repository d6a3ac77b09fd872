import type { Article, Dossier, Evidence } from '../../../model/index.ts';
import { outletName } from '../outlet-colours.ts';

/** What the story page's sections read: the dossier, and its articles looked up by id with their outlet. */
export interface StoryView {
  storyId: string;
  dossier: Dossier;
  /** The outlets, the most articles first: the matrix's columns. */
  outlets: string[];
  outletOf: (articleId: string) => string;
  article: (articleId: string) => Pick<Article, 'id' | 'title' | 'outlet' | 'source' | 'published' | 'language' | 'kinship'> | undefined;
  /** Show every item of every list, not the first ones. */
  full: boolean;
}

export function createStoryView(storyId: string, dossier: Dossier, full: boolean): StoryView {
  const byId = new Map(dossier.articles.map((article) => [article.id, article]));
  const tally = new Map<string, number>();
  for (const article of dossier.articles) tally.set(outletName(article), (tally.get(outletName(article)) ?? 0) + 1);
  const outlets = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  return {
    storyId, dossier, outlets, full,
    outletOf: (articleId) => {
      const article = byId.get(articleId);
      return article ? outletName(article) : articleId;
    },
    article: (articleId) => byId.get(articleId),
  };
}

/** The article page's address, its text marked from `start` to `end` and scrolled to it. */
export function evidenceHref(evidence: Pick<Evidence, 'articleId' | 'start' | 'end'>): string {
  return `/articles/${encodeURIComponent(evidence.articleId)}?mark=${evidence.start}-${evidence.end}#evidence`;
}

/** The distinct outlets of some articles, in the order of the story's outlets. */
export function outletsOf(view: StoryView, articleIds: readonly string[]): string[] {
  const named = new Set(articleIds.map(view.outletOf));
  return view.outlets.filter((outlet) => named.has(outlet));
}

/** The first `limit` items unless the page shows everything, and how many are left out. */
export function shown<T>(view: StoryView, items: readonly T[], limit: number): { items: readonly T[]; more: number } {
  return view.full || items.length <= limit ? { items, more: 0 } : { items: items.slice(0, limit), more: items.length - limit };
}
