/**
 * How many items open a sorted list before a point, found by halving: `isBefore(index)` holds for a
 * leading run of indexes and then never again ("the spans that start before 1,200", "the articles of a
 * posting below 37"). The binary search every sorted layer is asked through.
 */
export function countBefore(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first value at or above `limit` in an ascending array (its length when none is). */
export function lowerBound(values: readonly number[], limit: number): number {
  return countBefore(values.length, (index) => values[index]! < limit);
}
