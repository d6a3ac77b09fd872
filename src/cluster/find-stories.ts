import type { Lexicon } from '../lexicon/index.ts';
import type { ClusterOptions, LinkedEntities } from '../model/index.ts';
import { clauseTerms, type ClusterReading } from './read-for-clustering.ts';
import { groupByNearestCentroid } from './group-by-nearest-centroid.ts';
import { joinAlikeGroups } from './join-alike-groups.ts';
import { unit } from './sparse-vector.ts';
import { numberVectors } from './story-groups.ts';

/** Terms of an article kept for comparing it with others: its heaviest, which say what it is about. */
const TOP_TERMS = 40;

/**
 * The stories among the articles of one run: each article joins the group of earlier articles whose
 * centroid it is most like (its heaviest terms, actors included, weighted by background rarity: the words
 * outlets share are the signal here), then groups put back together unless they are clearly apart, the
 * most alike first, and outliers joined to the story they are most like, so that inputs with little in
 * common ("an earthquake in Iran" beside "the Oscars' new host") are split, in a batch of two stories as
 * in one of sixty. No step chains: an article or a group joins one other at a time, by what the whole
 * group says, never through one pair alike by chance (100,000 one-paragraph reports of 66 stories once
 * made one story of 88,885 that way). Articles with no clause read (another language) are left to
 * placeUnreadArticles. Returns the groups of article ids, largest first, each in input order.
 */
export function findStories(
  articles: readonly ClusterReading[],
  entities: LinkedEntities,
  lexicon: Lexicon,
  options: ClusterOptions,
  vectors: ReadonlyMap<string, ReadonlyMap<string, number>> = articleVectors(articles, entities, lexicon),
): string[][] {
  const { minLink, minApart, minAttach } = options;
  const ids = articles.map((article) => article.id).filter((id) => vectors.has(id));
  if (ids.length < 2) return ids.length ? [ids] : [];
  const groups = joinAlikeGroups(groupByNearestCentroid(numberVectors(ids.map((id) => vectors.get(id)!)), minLink), minApart, minAttach);
  return groups
    .map((group) => group.members.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((members) => members.map((index) => ids[index]!));
}

/** Each article's heaviest terms with their summed background rarity over its clauses, scaled to length 1 (articles with no clause read have none). */
export function articleVectors(articles: readonly ClusterReading[], entities: LinkedEntities, lexicon: Lexicon): Map<string, Map<string, number>> {
  const sums = new Map<string, Map<string, number>>();
  for (const article of articles) {
    if (!article.clauses.length) continue;
    const sum = new Map<string, number>();
    for (const clause of article.clauses) {
      for (const term of clauseTerms(article, clause, entities.idOf, lexicon)) sum.set(term.key, (sum.get(term.key) ?? 0) + term.rarity);
    }
    sums.set(article.id, sum);
  }
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, sum] of sums) vectors.set(id, unit(new Map([...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS))));
  return vectors;
}

