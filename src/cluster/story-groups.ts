import { dot } from './sparse-vector.ts';

/**
 * Groups of articles as the story finder grows them: each group keeps the sum of its members' vectors
 * (terms numbered within the batch: maps of numbers are read faster than maps of strings, and a batch of
 * 100,000 articles reads them hundreds of millions of times) and that sum's squared length, so that a
 * group's likeness to an article or to another group is read without rebuilding its centroid.
 */

/** An article's heaviest terms, by number, with their weights (length 1 in all). */
export interface NumberedVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface StoryGroup {
  /** Indexes of the articles, in input order once the groups are final. */
  members: number[];
  sum: Map<number, number>;
  squaredLength: number;
  /** The sum's heaviest terms, kept until the group changes (see heaviestTerms). */
  heaviest: number[] | null;
}

/** Each vector's terms numbered in the order first met: the same batch gives the same numbers. */
export function numberVectors(vectors: readonly ReadonlyMap<string, number>[]): NumberedVector[] {
  const numbers = new Map<string, number>();
  return vectors.map((vector) => {
    const terms = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let at = 0;
    for (const [term, weight] of vector) {
      let number = numbers.get(term);
      if (number === undefined) numbers.set(term, (number = numbers.size));
      terms[at] = number;
      weights[at++] = weight;
    }
    return { terms, weights };
  });
}

export function startGroup(index: number, vector: NumberedVector): StoryGroup {
  const group: StoryGroup = { members: [], sum: new Map(), squaredLength: 0, heaviest: null };
  addArticle(group, index, vector);
  return group;
}

/** |s + v|² = |s|² + 2 s·v + |v|², v of length 1. */
export function addArticle(group: StoryGroup, index: number, vector: NumberedVector): void {
  let across = 0;
  for (let at = 0; at < vector.terms.length; at++) {
    const before = group.sum.get(vector.terms[at]!) ?? 0;
    across += vector.weights[at]! * before;
    group.sum.set(vector.terms[at]!, before + vector.weights[at]!);
  }
  group.members.push(index);
  group.squaredLength += 2 * across + 1;
  group.heaviest = null;
}

/** The other group's members and sum added into this one. */
export function absorb(group: StoryGroup, other: StoryGroup): void {
  group.squaredLength += 2 * dot(group.sum, other.sum) + other.squaredLength;
  for (const [term, weight] of other.sum) group.sum.set(term, (group.sum.get(term) ?? 0) + weight);
  for (const member of other.members) group.members.push(member);
  group.heaviest = null;
}

/** The cosine of an article with a group's centroid. */
export function likenessToArticle(group: StoryGroup, vector: NumberedVector): number {
  let value = 0;
  for (let at = 0; at < vector.terms.length; at++) value += vector.weights[at]! * (group.sum.get(vector.terms[at]!) ?? 0);
  return value / Math.sqrt(group.squaredLength);
}

/** The cosine of two groups' centroids. */
export function likenessOfGroups(a: StoryGroup, b: StoryGroup): number {
  return dot(a.sum, b.sum) / Math.sqrt(a.squaredLength * b.squaredLength);
}

/** The group's `count` heaviest terms (ties by number). */
export function heaviestTerms(group: StoryGroup, count: number): number[] {
  if (group.heaviest) return group.heaviest;
  const entries = [...group.sum];
  if (entries.length > count) entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return (group.heaviest = entries.slice(0, count).map(([term]) => term));
}
