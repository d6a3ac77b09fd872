import type { ToldStatements } from './link-statements.ts';

/** Links between the articles of one group, as positions in it (read once per group, every cut weighs them): `from` → `to`, with a weight. */
export interface GroupLinks {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** Each article's retold statements with another article of the group, weighted by the share of both articles' statements they are (see linkStatements). */
export function retoldLinks(ids: readonly string[], toldOf: ReadonlyMap<string, ToldStatements>): GroupLinks {
  const positionOf = new Map(ids.map((id, index) => [id, index]));
  const links = emptyLinks();
  ids.forEach((id, index) => {
    const told = toldOf.get(id);
    if (!told) return;
    for (const [other, clauses] of told.counterparts) {
      const position = positionOf.get(other);
      if (position === undefined) continue;
      links.from.push(index);
      links.to.push(position);
      links.weight.push(clauses.length / Math.max(1, told.statements + toldOf.get(other)!.statements));
    }
  });
  return packed(links);
}

/** The pairs of the group's articles whose people clash (see findParticipantClashes), each pair once from each side, weight 1. */
export function clashLinks(ids: readonly string[], clashesOf: ReadonlyMap<string, ReadonlySet<string>>): GroupLinks {
  const positionOf = new Map(ids.map((id, index) => [id, index]));
  const links = emptyLinks();
  ids.forEach((id, index) => {
    for (const other of clashesOf.get(id) ?? []) {
      const position = positionOf.get(other);
      if (position === undefined) continue;
      links.from.push(index);
      links.to.push(position);
      links.weight.push(1);
    }
  });
  return packed(links);
}

/**
 * How often the articles of a cut retell each other's statements across it, against within its sides:
 * per pair of articles, the clauses of each with a counterpart in the other over the statements of both,
 * averaged over the pairs across and over the pairs within, the first over the second (0 when no
 * statement crosses; about 1 when the cut runs through one story). Only linked pairs are visited.
 */
export function rateAcross(retold: GroupLinks, sides: readonly boolean[]): number {
  const { across, within } = ratesOf(retold, sides);
  return within > 0 ? across / within : across > 0 ? 1 : 0;
}

/**
 * How much more often the articles of a cut clash across it than within its sides: the share of the
 * pairs across whose people clash less the share of the pairs within (about 0 in one story, where the
 * people of an act are the same; up to 1 where every article of one side tells another man's arrest).
 */
export function clashesAcross(clashing: GroupLinks, sides: readonly boolean[]): number {
  const { across, within } = ratesOf(clashing, sides);
  // each clashing pair is listed from both of its articles
  return (across - within) / 2;
}

/**
 * The links' weight across a cut over its pairs across, and within its sides over its pairs within. A
 * link listed from both its articles counts twice in both.
 */
function ratesOf({ from, to, weight }: GroupLinks, sides: readonly boolean[]): { across: number; within: number } {
  const firstSize = sides.filter(Boolean).length;
  const secondSize = sides.length - firstSize;
  const pairsAcross = firstSize * secondSize;
  const pairsWithin = (firstSize * (firstSize - 1) + secondSize * (secondSize - 1)) / 2;
  if (!pairsAcross || !pairsWithin) return { across: 0, within: 0 };
  let across = 0;
  let within = 0;
  for (let index = 0; index < from.length; index++) {
    if (sides[from[index]!] === sides[to[index]!]) within += weight[index]!;
    else across += weight[index]!;
  }
  return { across: across / pairsAcross, within: within / pairsWithin };
}

/**
 * Per article, how much of a side's other articles it is linked to: for article `index`, its links'
 * weight to the articles on side `side` over their number (itself left out). Each article's links are
 * read from `byArticle`, the positions of its links in `links` (see linksByArticle).
 */
export function shareWithSide(links: GroupLinks, byArticle: readonly number[][], index: number, side: boolean, sides: readonly boolean[], sideSize: number): number {
  const others = sideSize - (sides[index] === side ? 1 : 0);
  if (others <= 0) return 0;
  let sum = 0;
  for (const at of byArticle[index]!) if (sides[links.to[at]!] === side) sum += links.weight[at]!;
  return sum / others;
}

/** Each article's links, as their positions in `links`. */
export function linksByArticle(links: GroupLinks, count: number): number[][] {
  const byArticle: number[][] = Array.from({ length: count }, () => []);
  for (let at = 0; at < links.from.length; at++) byArticle[links.from[at]!]!.push(at);
  return byArticle;
}

function emptyLinks(): { from: number[]; to: number[]; weight: number[] } {
  return { from: [], to: [], weight: [] };
}

function packed(links: { from: number[]; to: number[]; weight: number[] }): GroupLinks {
  return { from: Int32Array.from(links.from), to: Int32Array.from(links.to), weight: Float64Array.from(links.weight) };
}
