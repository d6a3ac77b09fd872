/** Array.prototype.findLastIndex, which the ES2022 library of this project lacks. */
export function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!, index)) return index;
  return -1;
}
