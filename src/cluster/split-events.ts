import type { ToldStatements } from './link-statements.ts';
import { dot, unit, type SparseVector } from './sparse-vector.ts';
import { weighSplitEvidence } from './weigh-split-evidence.ts';

/** What splitEvents reads of each article, by id: its anchors, its publication date, and the statements it shares with others (see linkStatements). */
export interface EventEvidence {
  anchorsOf: ReadonlyMap<string, ReadonlyMap<string, number>>;
  publishedOf: ReadonlyMap<string, string | null>;
  toldOf: ReadonlyMap<string, ToldStatements>;
}

/** An article's anchors weighted for one group: sparse, scaled to length 1. */
type Vector = SparseVector;

/**
 * Least share of a group's articles an anchor must be in to weigh in a cut, in the search and in the
 * cut's evidence alike: an anchor a few articles give says little about the group's events, and a story
 * of a thousand articles has many of those ("Atlanta", "John Lucas" in one report of each of two coach
 * firings weighed against the cut and brought its evidence from 1.34 to below MIN_EVIDENCE).
 */
const MIN_ANCHOR_SHARE = 0.1;
/**
 * Least evidence for a cut to be kept: the anchors' evidence (see weighSplitEvidence: log Bayes factor per
 * anchor) less STATEMENT_WEIGHT times the share of statements told across the cut against within its sides
 * (see rateAcross). Read off ECB+ topics 1–24 (two events of one kind a topic) and 25–35 together:
 * the cuts kept score 1.27–4.8 (statements across at most half as often as within), the best cut of a
 * single story at most 1.11: a story whose anchors fall in two sets (the players of two games, the victims of two
 * attacks) but whose articles retell each other's statements across them is one story.
 */
const MIN_EVIDENCE = 1.15;
/** How much the statements told across a cut (0 none to about 1 as often as within) take from its anchors' evidence. */
const STATEMENT_WEIGHT = 0.7;
/**
 * An article published this many days or more from the middle of its group, naming no year the others
 * give, and with at most MAX_LONE_SHARE of its statements retold by them is another event, alone: the
 * same leaders' call five years earlier retells only "the two leaders spoke by phone". A trial two years
 * after a killing names the killing's year, and stays. On ECB+ no article far from its story's dates
 * names no year of it: the share is the last guard, set loose (generic statements of one kind of event
 * are retold).
 */
const LONE_DAYS_APART = 180;
const MAX_LONE_SHARE = 0.4;
/** Splits tried within a split: a batch of many events still costs a few passes over it. */
const MAX_DEPTH = 4;
/** Cuts tried per group, each started from one article (spread over the group) and refined. */
const MAX_SEEDS = 12;
const DIRECTION_STEPS = 30;
const REASSIGN_STEPS = 20;

/**
 * The events among the articles of one story: two earthquakes, two arrests of one man, the same
 * leaders' calls years apart read alike, but the names, places, numbers and years their articles give
 * (their anchors, see readAnchors) fall in two sets that hardly meet, and their articles hardly retell
 * each other's statements (see linkStatements). First an article published long before or after the
 * rest that tells none of their statements is set apart alone. Then cuts in two are tried from several
 * starts (the direction the anchors vary most, and articles spread over the group), each refined until
 * no article would rather be on the other side; the cut scoring best (its anchors' evidence less the
 * statements told across it) is kept when that reaches MIN_EVIDENCE, and each side is tried again.
 * Every step is a pass over the articles' anchors and statement links, a bounded number of times:
 * near linear in the group.
 * Returns the groups in the order of their first article.
 */
export function splitEvents(ids: readonly string[], evidence: EventEvidence, depth = 0): string[][] {
  if (ids.length < 2 || depth >= MAX_DEPTH) return [[...ids]];
  const inOrder = (groups: string[][]) => groups.sort((a, b) => ids.indexOf(a[0]!) - ids.indexOf(b[0]!));
  const lone = loneArticles(ids, evidence);
  if (lone.size) return inOrder([...splitEvents(ids.filter((id) => !lone.has(id)), evidence, depth + 1), ...[...lone].map((id) => [id])]);
  const best = findBestCut(ids, evidence.anchorsOf, evidence.toldOf);
  if (!best || best.score < MIN_EVIDENCE) return [[...ids]];
  const first = ids.filter((_, index) => best.sides[index]);
  const second = ids.filter((_, index) => !best.sides[index]);
  return inOrder([...splitEvents(first, evidence, depth + 1), ...splitEvents(second, evidence, depth + 1)]);
}

/** A cut of a group in two (`sides[i]` for `ids[i]`), its anchors' evidence, the statements told across it, and its score. */
export interface Cut {
  sides: boolean[];
  anchors: number;
  across: number;
  score: number;
}

/**
 * The cut of a group scoring best: the evidence of its anchors (see weighSplitEvidence) less
 * STATEMENT_WEIGHT times the statements told across it (see rateAcross).
 */
export function findBestCut(ids: readonly string[], anchorsOf: EventEvidence['anchorsOf'], toldOf: ReadonlyMap<string, ToldStatements>): Cut | undefined {
  const anchors = ids.map((id) => anchorsOf.get(id)!);
  const vectors = weighAnchors(anchors);
  const least = leastArticles(anchors.length);
  const told = retoldPairs(ids, toldOf);
  const weigh = (sides: boolean[]): Cut => {
    const fromAnchors = weighSplitEvidence(anchors, sides, least);
    const across = rateAcross(told, sides);
    return { sides, anchors: fromAnchors, across, score: fromAnchors - STATEMENT_WEIGHT * across };
  };
  let best: Cut | undefined;
  for (const start of startingCuts(vectors)) {
    const cut = weigh(refineCut(vectors, start));
    if (!best || cut.score > best.score) best = cut;
  }
  return best;
}

/** Each article's retold statements with another article of the group, as positions and shares (read once per group, every cut weighs them). */
interface RetoldPairs {
  from: Int32Array;
  to: Int32Array;
  share: Float64Array;
}

function retoldPairs(ids: readonly string[], toldOf: ReadonlyMap<string, ToldStatements>): RetoldPairs {
  const positionOf = new Map(ids.map((id, index) => [id, index]));
  const from: number[] = [];
  const to: number[] = [];
  const share: number[] = [];
  ids.forEach((id, index) => {
    const told = toldOf.get(id);
    if (!told) return;
    for (const [other, clauses] of told.counterparts) {
      const position = positionOf.get(other);
      if (position === undefined) continue;
      from.push(index);
      to.push(position);
      share.push(clauses.size / Math.max(1, told.statements + toldOf.get(other)!.statements));
    }
  });
  return { from: Int32Array.from(from), to: Int32Array.from(to), share: Float64Array.from(share) };
}

/**
 * How often the articles of a cut retell each other's statements across it, against within its sides:
 * per pair of articles, the clauses of each with a counterpart in the other over the statements of both,
 * averaged over the pairs across and over the pairs within, the first over the second (0 when no
 * statement crosses; about 1 when the cut runs through one story). Only linked pairs are visited.
 */
function rateAcross({ from, to, share }: RetoldPairs, sides: readonly boolean[]): number {
  const firstSize = sides.filter(Boolean).length;
  const secondSize = sides.length - firstSize;
  const pairsAcross = firstSize * secondSize;
  const pairsWithin = (firstSize * (firstSize - 1) + secondSize * (secondSize - 1)) / 2;
  if (!pairsAcross || !pairsWithin) return 0;
  // each pair is visited from both of its articles, each adding the clauses it retells
  let across = 0;
  let within = 0;
  for (let index = 0; index < from.length; index++) {
    if (sides[from[index]!] === sides[to[index]!]) within += share[index]!;
    else across += share[index]!;
  }
  const acrossRate = across / pairsAcross;
  const withinRate = within / pairsWithin;
  return withinRate > 0 ? acrossRate / withinRate : acrossRate > 0 ? 1 : 0;
}

/**
 * Articles published LONE_DAYS_APART or more from the middle of the group's dates that tell at most
 * MAX_LONE_SHARE of their statements in the group's other articles: "Navarro and Aalto agree to renew
 * fisheries pact in phone call" (June 2019) among reports of a ship's seizure in March 2025. Fewer than
 * half the group: the others are the group.
 */
function loneArticles(ids: readonly string[], evidence: EventEvidence): Set<string> {
  const lone = new Set<string>();
  const days = new Map<string, number>();
  for (const id of ids) {
    const time = Date.parse(evidence.publishedOf.get(id)?.slice(0, 10) ?? '');
    if (Number.isFinite(time)) days.set(id, time / 86_400_000);
  }
  if (ids.length < 3 || days.size < 3) return lone;
  const sorted = [...days.values()].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const members = new Set(ids);
  const yearsOf = (id: string) => [...evidence.anchorsOf.get(id)!.keys()].filter((key) => key.startsWith('year:'));
  for (const [id, day] of days) {
    if (Math.abs(day - middle) < LONE_DAYS_APART) continue;
    const told = evidence.toldOf.get(id);
    if (!told?.statements) continue;
    // "in 2005", the year of the killing its trial retells: a year the others give too ties it to them
    const years = yearsOf(id);
    if (ids.some((other) => other !== id && years.some((year) => evidence.anchorsOf.get(other)!.has(year)))) continue;
    const retold = new Set<number>();
    for (const [other, clauses] of told.counterparts) if (members.has(other)) for (const clause of clauses) retold.add(clause);
    if (retold.size / told.statements <= MAX_LONE_SHARE) lone.add(id);
  }
  return lone.size < ids.length / 2 ? lone : new Set();
}

/**
 * Anchors weighted by how few of the group's articles give them (log of the inverse share): an anchor
 * every article gives ("Iran" in two Iranian earthquakes) tells nothing apart, one given by fewer than
 * MIN_ANCHOR_SHARE of them is left out; an anchor given often in an article counts a little more.
 */
function weighAnchors(anchors: readonly ReadonlyMap<string, number>[]): Vector[] {
  const articleCount = new Map<string, number>();
  for (const article of anchors) for (const key of article.keys()) articleCount.set(key, (articleCount.get(key) ?? 0) + 1);
  const least = leastArticles(anchors.length);
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

/** Least articles an anchor must be in to weigh in a cut of a group of `size` (MIN_ANCHOR_SHARE, at least two). */
function leastArticles(size: number): number {
  return Math.max(2, Math.ceil(MIN_ANCHOR_SHARE * size));
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
