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
export function clusterClauses(articleOf: readonly string[], pairs: readonly ScoredPair[], minLink: number): number[][] {
  const scores = new Map<number, number>();
  const neighbours = new Map<number, Array<[number, number]>>();
  const count = articleOf.length;
  for (const pair of pairs) {
    scores.set(pairKey(pair.a, pair.b, count), pair.score);
    for (const [from, to] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
      const list = neighbours.get(from) ?? [];
      list.push([to, pair.score]);
      neighbours.set(from, list);
    }
  }
  const groupOf = articleOf.map((_, index) => index);
  const members = new Map<number, number[]>(articleOf.map((_, index) => [index, [index]]));
  const sorted = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of sorted) {
    const groupA = groupOf[a]!;
    const groupB = groupOf[b]!;
    if (groupA === groupB) continue;
    const membersA = members.get(groupA)!;
    const membersB = members.get(groupB)!;
    const link = membersA.length * membersB.length > MAX_CROSS_PAIRS
      ? scoredLink(membersA.length <= membersB.length ? membersA : membersB, groupOf, membersA.length <= membersB.length ? groupB : groupA, neighbours)
      : averageLink(membersA, membersB, articleOf, scores, count);
    if (link < minLink) continue;
    const [into, from] = membersA.length >= membersB.length ? [groupA, groupB] : [groupB, groupA];
    const moved = members.get(from)!;
    for (const member of moved) groupOf[member] = into;
    members.get(into)!.push(...moved);
    members.delete(from);
  }
  return [...members.values()].map((group) => group.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

function averageLink(membersA: readonly number[], membersB: readonly number[], articleOf: readonly string[], scores: ReadonlyMap<number, number>, count: number): number {
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

/** For two large groups: the mean score of the edges scored between them (found from the smaller side). */
function scoredLink(smaller: readonly number[], groupOf: readonly number[], otherGroup: number, neighbours: ReadonlyMap<number, Array<[number, number]>>): number {
  let sum = 0;
  let scored = 0;
  for (const member of smaller) {
    for (const [neighbour, score] of neighbours.get(member) ?? []) {
      if (groupOf[neighbour] !== otherGroup) continue;
      sum += score;
      scored++;
    }
  }
  return scored === 0 ? 0 : sum / scored;
}

function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}
