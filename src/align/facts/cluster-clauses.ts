import { numberArticles } from './number-articles.ts';

/** An edge between two clauses of different articles that are close enough to be one statement. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/** Above this many cross pairs, the link of two groups is judged on the pairs that were scored. */
const MAX_CROSS_PAIRS = 4096;

/**
 * Groups clauses into statements: strongest edges first, two groups join only when their average link
 * (over all pairs of clauses from different articles, an unscored pair counting 0) stays at `minLink`
 * or above — so a chain of clauses that each resemble the next never joins unrelated ends.
 */
export function clusterClauses(articleIds: readonly string[], pairs: readonly ScoredPair[], minLink: number): number[][] {
  const articleOf = numberArticles(articleIds);
  const count = articleOf.length;
  const scores = new Map<number, number>();
  for (const pair of pairs) scores.set(pairKey(pair.a, pair.b, count), pair.score);
  const neighbours = listNeighbours(pairs, count);
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
    const link = membersA.length * membersB.length > MAX_CROSS_PAIRS
      ? scoredLink(membersA.length <= membersB.length ? membersA : membersB, groupOf, membersA.length <= membersB.length ? groupB : groupA, neighbours)
      : averageLink(membersA, membersB, articleOf, scores, count);
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
    version[into]!++;
  }
  return [...members.values()].map((group) => group.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

function averageLink(membersA: readonly number[], membersB: readonly number[], articleOf: Int32Array, scores: ReadonlyMap<number, number>, count: number): number {
  let sum = 0;
  let pairs = 0;
  for (const a of membersA) {
    for (const b of membersB) {
      if (articleOf[a] === articleOf[b]) continue;
      pairs++;
      sum += scores.get(pairKey(a, b, count)) ?? 0;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
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

/** For two large groups: the mean score of the edges scored between them (found from the smaller side). */
function scoredLink(smaller: readonly number[], groupOf: readonly number[], otherGroup: number, { offsets, clauses, scores }: Neighbours): number {
  let sum = 0;
  let scored = 0;
  for (const member of smaller) {
    for (let position = offsets[member]!; position < offsets[member + 1]!; position++) {
      if (groupOf[clauses[position]!] !== otherGroup) continue;
      sum += scores[position]!;
      scored++;
    }
  }
  return scored === 0 ? 0 : sum / scored;
}

function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}
