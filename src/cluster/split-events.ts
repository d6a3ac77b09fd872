import { weighSplitEvidence } from './weigh-split-evidence.ts';

/** An article's anchors weighted for one group: sparse, scaled to length 1. */
type Vector = Map<string, number>;

/**
 * Least share of a group's articles an anchor must be in to weigh in a cut: an anchor a few articles
 * give says little about the group's events, and a story of a thousand articles has many of those.
 */
const MIN_ANCHOR_SHARE = 0.1;
/**
 * Least evidence (see weighSplitEvidence: log Bayes factor per anchor) for a cut to be kept. Read off
 * ECB+ topics 1–24 (two events of one kind a topic): the right cut gives 1.7–3.5 in 15 of the 22 (the
 * others 0.5–1.25, one side's articles a sentence or two long or both naming the same players, or
 * the cut found two articles off), the best cut of a single story at most 1.32. Topics 25–35 checked it:
 * 9 of 11 split, single stories at most 1.30.
 */
const MIN_EVIDENCE = 1.4;
/** Splits tried within a split: a batch of many events still costs a few passes over it. */
const MAX_DEPTH = 4;
/** Cuts tried per group, each started from one article (spread over the group) and refined. */
const MAX_SEEDS = 12;
const DIRECTION_STEPS = 30;
const REASSIGN_STEPS = 20;

/**
 * The events among the articles of one story: two earthquakes, two arrests of one man, the same
 * leaders' calls years apart read alike, but the names, places, numbers and years their articles give
 * (their anchors, see readAnchors) fall in two sets that hardly meet. Cuts in two are tried from
 * several starts (the direction the anchors vary most, and articles spread over the group), each
 * refined until no article would rather be on the other side; the cut whose two sides explain the
 * anchors best is kept when that evidence reaches MIN_EVIDENCE, and each side is tried again. No side
 * size is required, but one article alone rarely carries that much: the anchors only it gives are left
 * out of the evidence. Every step is a pass over the articles' anchors, a bounded number of times:
 * linear in the group.
 * Returns the groups in the order of their first article.
 */
export function splitEvents(ids: readonly string[], anchorsOf: ReadonlyMap<string, ReadonlyMap<string, number>>, depth = 0): string[][] {
  if (ids.length < 2 || depth >= MAX_DEPTH) return [[...ids]];
  const anchors = ids.map((id) => anchorsOf.get(id)!);
  const vectors = weighAnchors(anchors);
  let best: { sides: boolean[]; evidence: number } | undefined;
  for (const start of startingCuts(vectors)) {
    const sides = refineCut(vectors, start);
    const evidence = weighSplitEvidence(anchors, sides);
    if (!best || evidence > best.evidence) best = { sides, evidence };
  }
  if (!best || best.evidence < MIN_EVIDENCE) return [[...ids]];
  const first = ids.filter((_, index) => best.sides[index]);
  const second = ids.filter((_, index) => !best.sides[index]);
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
 * Where cuts start: the sign of each article's place along the direction the group's anchors vary most
 * (power iteration on the centred vectors, never forming article pairs), then, for up to MAX_SEEDS
 * articles spread over the group, the articles more like that one than like the group as a whole.
 */
function startingCuts(vectors: readonly Vector[]): boolean[][] {
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
      for (const [key, weight] of vector) next.set(key, (next.get(key) ?? 0) + position * weight);
      for (const key of keys) next.set(key, (next.get(key) ?? 0) - position * centre.get(key)!);
    }
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
 * (itself taken out of its own side), until none moves.
 */
function refineCut(vectors: readonly Vector[], start: readonly boolean[]): boolean[] {
  let sides = [...start];
  for (let step = 0; step < REASSIGN_STEPS; step++) {
    const counts = [sides.filter(Boolean).length, sides.filter((side) => !side).length];
    if (!counts[0] || !counts[1]) break;
    const centres = [mean(vectors.filter((_, index) => sides[index])), mean(vectors.filter((_, index) => !sides[index]))];
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
