/** A sparse vector: a weight by key (a term, an anchor). */
export type SparseVector = Map<string, number>;

/** The vector scaled to length 1, in place (an empty one stays empty). */
export function unit(vector: SparseVector): SparseVector {
  let squares = 0;
  for (const weight of vector.values()) squares += weight * weight;
  const norm = Math.sqrt(squares) || 1;
  vector.forEach((weight, key) => vector.set(key, weight / norm));
  return vector;
}

/** The dot product, read from the smaller vector's side (the cosine of two unit vectors). */
export function dot<Key>(a: ReadonlyMap<Key, number>, b: ReadonlyMap<Key, number>): number {
  // (no array to pick the smaller side: the search for cuts asks this millions of times)
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  for (const [key, weight] of small) sum += weight * (large.get(key) ?? 0);
  return sum;
}
