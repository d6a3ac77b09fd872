import { dot, unit, type SparseVector } from './sparse-vector.ts';

/** Cuts tried per group, each started from one article (spread over the group) and refined. */
const MAX_SEEDS = 12;
const DIRECTION_STEPS = 30;
const REASSIGN_STEPS = 20;

/**
 * How strongly an article is drawn to a side by something other than its anchors (its people clashing
 * with the side's: see findParticipantClashes), in the anchors' likeness units; positive draws it there.
 */
export type SidePull = (index: number, side: boolean, sides: readonly boolean[], sideSize: number) => number;

/**
 * Anchors weighted by how few of the group's articles give them (log of the inverse share): an anchor
 * every article gives ("Iran" in two Iranian earthquakes) tells nothing apart, one given by fewer than
 * `least` of them is left out; an anchor given often in an article counts a little more.
 */
export function weighAnchors(anchors: readonly ReadonlyMap<string, number>[], least: number): SparseVector[] {
  const articleCount = new Map<string, number>();
  for (const article of anchors) for (const key of article.keys()) articleCount.set(key, (articleCount.get(key) ?? 0) + 1);
  return anchors.map((article) => {
    const vector: SparseVector = new Map();
    for (const [key, count] of article) {
      const articles = articleCount.get(key)!;
      if (articles < least || articles === anchors.length) continue;
      vector.set(key, (1 + Math.log(count)) * Math.log(anchors.length / articles));
    }
    return unit(vector);
  });
}

/**
 * Where cuts start: the sign of each article's place along the direction the group's anchors vary most
 * (power iteration on the centred vectors, never forming article pairs), then, for up to MAX_SEEDS
 * articles spread over the group, the articles more like that one than like the group as a whole.
 */
export function startingCuts(vectors: readonly SparseVector[]): boolean[][] {
  const centre = mean(vectors);
  const keys = [...centre.keys()];
  let direction: SparseVector = unit(new Map(keys.map((key, index) => [key, Math.sin(index + 1)])));
  let centreAlong = 0;
  const along = (vector: SparseVector) => dot(vector, direction) - centreAlong;
  for (let step = 0; step < DIRECTION_STEPS; step++) {
    centreAlong = dot(centre, direction);
    // Σ position·(vector − centre), as Σ position·vector − (Σ position)·centre: one pass over the centre, not one per article
    const next: SparseVector = new Map(keys.map((key) => [key, 0]));
    let positions = 0;
    for (const vector of vectors) {
      const position = along(vector);
      positions += position;
      for (const [key, weight] of vector) next.set(key, next.get(key)! + position * weight);
    }
    for (const key of keys) next.set(key, next.get(key)! - positions * centre.get(key)!);
    direction = unit(next);
  }
  centreAlong = dot(centre, direction);
  const cuts = [vectors.map((vector) => along(vector) >= 0)];
  const seeds = Math.min(MAX_SEEDS, vectors.length);
  for (let seed = 0; seed < seeds; seed++) {
    const chosen = vectors[Math.floor((seed * vectors.length) / seeds)]!;
    cuts.push(vectors.map((vector) => dot(vector, chosen) > dot(vector, centre)));
  }
  return cuts;
}

/**
 * A cut refined like two-means: each article moved to the side whose other articles it is more alike
 * (itself taken out of its own side), plus the side's pull on it, until none moves.
 */
export function refineCut(vectors: readonly SparseVector[], start: readonly boolean[], pull: SidePull): boolean[] {
  let sides = [...start];
  for (let step = 0; step < REASSIGN_STEPS; step++) {
    const counts = [sides.filter(Boolean).length, sides.filter((side) => !side).length];
    if (!counts[0] || !counts[1]) break;
    const centres = [mean(vectors.filter((_, index) => sides[index])), mean(vectors.filter((_, index) => !sides[index]))];
    const likeness = (vector: SparseVector, side: 0 | 1, inSide: boolean) =>
      inSide ? (dot(vector, centres[side]!) * counts[side]! - dot(vector, vector)) / Math.max(1, counts[side]! - 1) : dot(vector, centres[side]!);
    const next = vectors.map(
      (vector, index) => likeness(vector, 0, sides[index]!) + pull(index, true, sides, counts[0]!) >= likeness(vector, 1, !sides[index]!) + pull(index, false, sides, counts[1]!),
    );
    if (next.every((side, index) => side === sides[index])) break;
    sides = next;
  }
  return sides;
}

/**
 * A cut with each article that weighs no anchor of the group (its vector empty: "Miles Vinar spoke to ONE
 * News about seeing his brother plunge to his death", whose one name no other article gives) put on the
 * side whose words it shares most (`words`, its heaviest terms as the story finder reads them): its anchors
 * cannot place it, and left where the search leaves it, it sits on the first side.
 */
export function placeByWords(sides: readonly boolean[], vectors: readonly SparseVector[], words: readonly ReadonlyMap<string, number>[]): boolean[] {
  const unplaced = vectors.map((vector) => vector.size === 0);
  if (!unplaced.some(Boolean) || unplaced.every(Boolean)) return [...sides];
  const centreOf = (side: boolean) => unit(mean(words.filter((_, index) => sides[index] === side && !unplaced[index])));
  const centres = [centreOf(true), centreOf(false)];
  if (!centres[0]!.size || !centres[1]!.size) return [...sides];
  return sides.map((side, index) => (unplaced[index] ? dot(words[index]!, centres[0]!) >= dot(words[index]!, centres[1]!) : side));
}

function mean(vectors: readonly ReadonlyMap<string, number>[]): SparseVector {
  const sum: SparseVector = new Map();
  const count = vectors.length;
  for (const vector of vectors) vector.forEach((weight, key) => sum.set(key, (sum.get(key) ?? 0) + weight / count));
  return sum;
}
