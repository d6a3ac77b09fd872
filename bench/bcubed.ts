/**
 * B-cubed precision, recall and F1 of a partition of items against their gold groups: each item's share of
 * its found group that is in its gold group, and the other way round, averaged over the items. Every item of
 * the gold is expected in exactly one found group.
 */
export function bcubed(found: readonly (readonly string[])[], goldOf: (item: string) => string): { precision: number; recall: number; f1: number } {
  const goldSize = new Map<string, number>();
  for (const group of found) for (const item of group) goldSize.set(goldOf(item), (goldSize.get(goldOf(item)) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  let count = 0;
  for (const group of found) {
    const counts = new Map<string, number>();
    for (const item of group) counts.set(goldOf(item), (counts.get(goldOf(item)) ?? 0) + 1);
    for (const item of group) {
      const same = counts.get(goldOf(item))!;
      precision += same / group.length;
      recall += same / goldSize.get(goldOf(item))!;
      count++;
    }
  }
  precision /= count;
  recall /= count;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
