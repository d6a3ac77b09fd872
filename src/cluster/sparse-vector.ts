/** A sparse vector: a weight by key (a term, an anchor). */
export type SparseVector = Map<string, number>;

/** The vector scaled to length 1, in place (an empty one stays empty). */
export function unit(vector: SparseVector): SparseVector {
  const norm = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  for (const [key, weight] of vector) vector.set(key, weight / norm);
  return vector;
}

/** The dot product, read from the smaller vector's side (the cosine of two unit vectors). */
export function dot<Key>(a: ReadonlyMap<Key, number>, b: ReadonlyMap<Key, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) sum += weight * (large.get(key) ?? 0);
  return sum;
}
