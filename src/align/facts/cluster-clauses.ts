import { numberArticles } from './number-articles.ts';

/** An edge between two clauses of different articles that are close enough to be one statement. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups clauses into statements: strongest edges first, two groups join only when their average link
 * (over all pairs of clauses from different articles, an unscored pair counting 0) stays at `minLink`
 * or above — so a chain of clauses that each resemble the next never joins unrelated ends. The average
 * is read from the scored pairs of the smaller group and the count of cross-article pairs (group sizes
 * less the pairs within one article), so it stays exact for groups of thousands without listing their pairs.
 */
export function clusterClauses(articleIds: readonly string[], pairs: readonly ScoredPair[], minLink: number): number[][] {
  const articleOf = numberArticles(articleIds);
  const count = articleOf.length;
  const neighbours = listNeighbours(pairs, count);
  // per group, how many of its clauses each article has: pairs within one article are not counted
  const articlesOf = new Map<number, Map<number, number>>(articleIds.map((_, index) => [index, new Map([[articleOf[index]!, 1]])]));
  const groupOf = articleIds.map((_, index) => index);
  const members = new Map<number, number[]>(articleIds.map((_, index) => [index, [index]]));
  // a group's version grows each time it takes in another: a link judged too weak stays so until then
  const version = articleIds.map(() => 0);
  const tooWeak = new Set<string>();
  const sorted = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of sorted) {
    const groupA = groupOf[a]!;
    const groupB = groupOf[b]!;
    if (groupA === groupB) continue;
    const judged = `${groupA}.${version[groupA]} ${groupB}.${version[groupB]}`;
    if (tooWeak.has(judged)) continue;
    const membersA = members.get(groupA)!;
    const membersB = members.get(groupB)!;
    const [smaller, other] = membersA.length <= membersB.length ? [groupA, groupB] : [groupB, groupA];
    const crossPairs = membersA.length * membersB.length - pairsWithinArticles(articlesOf.get(smaller)!, articlesOf.get(other)!);
    const link = crossPairs === 0 ? 0 : scoreBetween(members.get(smaller)!, groupOf, other, neighbours) / crossPairs;
    if (link < minLink) {
      tooWeak.add(judged);
      continue;
    }
    const [into, from] = membersA.length >= membersB.length ? [groupA, groupB] : [groupB, groupA];
    const moved = members.get(from)!;
    const grown = members.get(into)!;
    for (const member of moved) {
      groupOf[member] = into;
      grown.push(member);
    }
    members.delete(from);
    const articles = articlesOf.get(into)!;
    for (const [article, clauses] of articlesOf.get(from)!) articles.set(article, (articles.get(article) ?? 0) + clauses);
    articlesOf.delete(from);
    version[into]!++;
  }
  return [...members.values()].map((group) => group.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** Pairs of one clause from each group that come from one article. */
function pairsWithinArticles(smaller: ReadonlyMap<number, number>, other: ReadonlyMap<number, number>): number {
  let pairs = 0;
  for (const [article, clauses] of smaller) pairs += clauses * (other.get(article) ?? 0);
  return pairs;
}

/** Each clause's scored pairs, in the order given: the pairs of clause i are `pairs[offsets[i] … offsets[i + 1]]`. */
interface Neighbours {
  offsets: Int32Array;
  clauses: Int32Array;
  scores: Float64Array;
}

function listNeighbours(pairs: readonly ScoredPair[], count: number): Neighbours {
  const offsets = new Int32Array(count + 1);
  for (const { a, b } of pairs) {
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let index = 0; index < count; index++) offsets[index + 1]! += offsets[index]!;
  const filled = offsets.slice(0, count);
  const clauses = new Int32Array(2 * pairs.length);
  const scores = new Float64Array(2 * pairs.length);
  const add = (from: number, to: number, score: number) => {
    const slot = filled[from]!++;
    clauses[slot] = to;
    scores[slot] = score;
  };
  for (const { a, b, score } of pairs) {
    add(a, b, score);
    add(b, a, score);
  }
  return { offsets, clauses, scores };
}

/** The summed score of the pairs scored between a group and another (found from the group's side). */
function scoreBetween(group: readonly number[], groupOf: readonly number[], otherGroup: number, { offsets, clauses, scores }: Neighbours): number {
  let sum = 0;
  for (const member of group) {
    for (let position = offsets[member]!; position < offsets[member + 1]!; position++) if (groupOf[clauses[position]!] === otherGroup) sum += scores[position]!;
  }
  return sum;
}
