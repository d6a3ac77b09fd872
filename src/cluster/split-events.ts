/** An article's anchors weighted for one group: sparse, scaled to length 1. */
type Vector = Map<string, number>;

/**
 * Least share of a group's articles an anchor must be in to count: an anchor a few articles give says
 * little about the group's events, and a story of a thousand articles has many of those.
 */
const MIN_ANCHOR_SHARE = 0.1;
/** Fewest articles each side of a split must hold: two articles alone agreeing on a name is chance. */
const MIN_SIDE = 3;
/**
 * Most the two sides may have in common (their mean cross-article similarity) to be told apart. Read off
 * ECB+ topics 1–24 (two events of one kind a topic): the two events of a topic share 0.00–0.04 of
 * their anchors once split, halves of one story 0.05 and more; topics 25–35 checked it.
 */
const MAX_SHARED = 0.04;
/** Splits tried within a split: a batch of many events still costs a few passes over it. */
const MAX_DEPTH = 4;
const DIRECTION_STEPS = 30;
const REASSIGN_STEPS = 10;

/**
 * The events among the articles of one story: two earthquakes, two arrests of one man, the same
 * leaders' calls years apart read alike, but the names, places, numbers and dates their articles give
 * (their anchors, see readAnchors) fall in two sets that hardly meet. The group is cut in two along the
 * direction its anchors vary most, the cut refined (each article to the side it shares most with), and
 * kept only when both sides hold at least MIN_SIDE articles and share at most MAX_SHARED; each side is
 * then tried again. Every step is a pass over the articles' anchors: linear in the group.
 * Returns the groups in the order of their first article.
 */
export function splitEvents(ids: readonly string[], anchorsOf: ReadonlyMap<string, ReadonlyMap<string, number>>, depth = 0): string[][] {
  if (ids.length < 2 * MIN_SIDE || depth >= MAX_DEPTH) return [[...ids]];
  const vectors = weighAnchors(ids.map((id) => anchorsOf.get(id)!));
  const sides = cutInTwo(vectors);
  const first = ids.filter((_, index) => sides[index]);
  const second = ids.filter((_, index) => !sides[index]);
  if (first.length < MIN_SIDE || second.length < MIN_SIDE) return [[...ids]];
  const shared = dot(mean(vectors.filter((_, index) => sides[index])), mean(vectors.filter((_, index) => !sides[index])));
  if (shared > MAX_SHARED) return [[...ids]];
  return [...splitEvents(first, anchorsOf, depth + 1), ...splitEvents(second, anchorsOf, depth + 1)].sort((a, b) => ids.indexOf(a[0]!) - ids.indexOf(b[0]!));
}

/**
 * Anchors weighted by how few of the group's articles give them (log of the inverse share): an anchor
 * every article gives ("Iran" in two Iranian earthquakes) tells nothing apart, one given by fewer than
 * MIN_ANCHOR_SHARE of them is left out; an anchor given often in an article counts a little more.
 */
function weighAnchors(anchors: readonly ReadonlyMap<string, number>[]): Vector[] {
  const articleCount = new Map<string, number>();
  for (const article of anchors) for (const key of article.keys()) articleCount.set(key, (articleCount.get(key) ?? 0) + 1);
  const least = Math.max(2, Math.ceil(MIN_ANCHOR_SHARE * anchors.length));
  return anchors.map((article) => {
    const vector: Vector = new Map();
    for (const [key, count] of article) {
      const articles = articleCount.get(key)!;
      if (articles < least || articles === anchors.length) continue;
      vector.set(key, (1 + Math.log(count)) * Math.log(anchors.length / articles));
    }
    return unit(vector);
  });
}

/**
 * Which side of a cut each article falls on: first the sign of its place along the direction the
 * group's anchors vary most (power iteration on the centred vectors, never forming article pairs), then
 * each article moved to the side whose other articles it is more alike, until none moves.
 */
function cutInTwo(vectors: readonly Vector[]): boolean[] {
  const centre = mean(vectors);
  const keys = [...centre.keys()];
  let direction: Vector = unit(new Map(keys.map((key, index) => [key, Math.sin(index + 1)])));
  let centreAlong = 0;
  const along = (vector: Vector) => dot(vector, direction) - centreAlong;
  for (let step = 0; step < DIRECTION_STEPS; step++) {
    centreAlong = dot(centre, direction);
    const next: Vector = new Map();
    for (const vector of vectors) {
      const position = along(vector);
      for (const key of keys) next.set(key, (next.get(key) ?? 0) + position * ((vector.get(key) ?? 0) - centre.get(key)!));
    }
    direction = unit(next);
  }
  centreAlong = dot(centre, direction);
  let sides = vectors.map((vector) => along(vector) >= 0);
  for (let step = 0; step < REASSIGN_STEPS; step++) {
    const counts = [sides.filter(Boolean).length, sides.filter((side) => !side).length];
    if (!counts[0] || !counts[1]) break;
    const centres = [mean(vectors.filter((_, index) => sides[index])), mean(vectors.filter((_, index) => !sides[index]))];
    // likeness to the other articles of a side: the article itself taken out of its own side's mean
    const likeness = (vector: Vector, side: 0 | 1, inSide: boolean) =>
      inSide ? (dot(vector, centres[side]!) * counts[side]! - dot(vector, vector)) / Math.max(1, counts[side]! - 1) : dot(vector, centres[side]!);
    const next = vectors.map((vector, index) => likeness(vector, 0, sides[index]!) >= likeness(vector, 1, !sides[index]!));
    if (next.every((side, index) => side === sides[index])) break;
    sides = next;
  }
  return sides;
}

function mean(vectors: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const vector of vectors) for (const [key, weight] of vector) sum.set(key, (sum.get(key) ?? 0) + weight / vectors.length);
  return sum;
}

function unit(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  for (const [key, weight] of vector) vector.set(key, weight / norm);
  return vector;
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) sum += weight * (large.get(key) ?? 0);
  return sum;
}
