import type { Lexicon } from '../lexicon/index.ts';
import type { ClusterOptions, LinkedEntities } from '../model/index.ts';
import { clauseTerms, type ClusterReading } from './read-for-clustering.ts';
import { dot, unit } from './sparse-vector.ts';

/** Terms of an article kept for comparing it with others: its heaviest, which say what it is about. */
const TOP_TERMS = 40;
/** A group this small ("Reid entered rehab", told in words of its own) is an outlier of a story, not a story, while some story is like it. */
const FEW_ARTICLES = 2;
/** Articles of a term an article is compared with: enough to link a story, few enough to stay near n. */
const MAX_MEETINGS = 64;

/**
 * The stories among the articles of one run: articles linked by what they say (their heaviest terms,
 * actors included, weighted by background rarity: the words outlets share are the signal here), then
 * groups put back together unless they are clearly apart, and outliers joined to the story they are
 * most like, so that inputs with little in common ("an earthquake in Iran" beside "the Oscars' new
 * host") are split, in a batch of two stories as in one of sixty. Articles with no clause read (another language) are left to placeUnreadArticles.
 * Returns the groups of article ids, largest first, each in input order.
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
  const articleVectorsInOrder = ids.map((id) => vectors.get(id)!);
  if (ids.length < 2) return ids.length ? [ids] : [];
  // linked articles first: each linked component is a group
  const parent = ids.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  for (const [a, b] of linkedPairs(articleVectorsInOrder, minLink)) parent[find(a)] = find(b);
  // then groups not clearly apart (their centroids at least minApart alike) join, and a group of a few
  // articles (a story's outlier, told in other words) joins the group it is most like, until none do:
  // two stories' groups never chain through a weak likeness, however many stories the batch holds
  for (let joined = true; joined; ) {
    joined = false;
    const groups = groupsOf(ids.length, find);
    const centroids = groups.map((members) => centroid(members.map((index) => articleVectorsInOrder[index]!)));
    const likeness = (i: number, j: number) => dot(centroids[i]!, centroids[j]!);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (find(groups[i]![0]!) === find(groups[j]![0]!) || likeness(i, j) < minApart) continue;
        parent[find(groups[i]![0]!)] = find(groups[j]![0]!);
        joined = true;
      }
    }
    if (joined) continue;
    groups.forEach((members, i) => {
      if (members.length > FEW_ARTICLES) return;
      let nearest = -1;
      let nearestLikeness = -Infinity;
      for (let j = 0; j < groups.length; j++) {
        if (j === i || groups[j]!.length < members.length) continue;
        const value = likeness(i, j);
        if (value > nearestLikeness) [nearest, nearestLikeness] = [j, value];
      }
      if (nearest < 0 || nearestLikeness < minAttach || find(members[0]!) === find(groups[nearest]![0]!)) return;
      parent[find(members[0]!)] = find(groups[nearest]![0]!);
      joined = true;
    });
  }
  return groupsOf(ids.length, find)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((members) => members.map((index) => ids[index]!));
}

function groupsOf(count: number, find: (index: number) => number): number[][] {
  const groups = new Map<number, number[]>();
  for (let index = 0; index < count; index++) {
    const root = find(index);
    const members = groups.get(root);
    if (members) members.push(index);
    else groups.set(root, [index]);
  }
  return [...groups.values()];
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

/**
 * Cosines of at least `least` of the pairs of articles that share a kept term, each article meeting at
 * most the last `MAX_MEETINGS` articles of a term: a story of a thousand articles stays linked through
 * its neighbours without comparing every pair.
 */
function linkedPairs(vectors: readonly ReadonlyMap<string, number>[], least: number): Array<[number, number, number]> {
  const postings = new Map<string, number[]>();
  const pairs: Array<[number, number, number]> = [];
  vectors.forEach((vector, index) => {
    // this article's dot products with the earlier articles it meets, summed here and dropped after: memory
    // stays with the links kept, not with every pair that shares a term (a 100,000-article batch has billions)
    const dots = new Map<number, number>();
    for (const [term, weight] of vector) {
      const posting = postings.get(term) ?? [];
      for (const other of posting.slice(-MAX_MEETINGS)) dots.set(other, (dots.get(other) ?? 0) + weight * vectors[other]!.get(term)!);
      posting.push(index);
      postings.set(term, posting);
    }
    for (const [other, dot] of dots) if (dot >= least) pairs.push([other, index, dot]);
  });
  return pairs;
}

function centroid(vectors: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  return unit(sum);
}
