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
