/**
 * Maps offsets in a cleaned text back to the raw text it was cleaned from.
 * Each segment says: cleaned [cleanStart, cleanStart + length) copies raw [rawStart, rawStart + length).
 * Characters the cleaner inserted (a space between glued words) belong to no segment and map to the
 * raw offset where they were inserted. Segments are sorted and do not overlap.
 */
export type OffsetSegment = [cleanStart: number, rawStart: number, length: number];

export function toRawOffset(segments: readonly OffsetSegment[], cleanOffset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let before: OffsetSegment | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (segment[0] <= cleanOffset) {
      before = segment;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (!before) return segments[0]?.[1] ?? 0;
  const [cleanStart, rawStart, length] = before;
  return rawStart + Math.min(cleanOffset - cleanStart, length);
}

/** The cleaned offset of a raw offset: inside a copied segment, its place there; in text the cleaner removed, where the next kept text starts. */
export function toCleanOffset(segments: readonly OffsetSegment[], rawOffset: number): number {
  for (const [cleanStart, rawStart, length] of segments) {
    if (rawOffset < rawStart) return cleanStart;
    if (rawOffset <= rawStart + length) return cleanStart + rawOffset - rawStart;
  }
  const last = segments[segments.length - 1];
  return last ? last[0] + last[2] : 0;
}
