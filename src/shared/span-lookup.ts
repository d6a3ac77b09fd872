import { lowerBound } from './count-before.ts';

/**
 * The spans of a list that lie inside or overlap a stretch of text, answered from an index sorted by
 * start instead of a pass over the whole list, so that asking once per sentence or per clause stays near
 * linear in an article's length (a 4 MB article holds some 40,000 clauses and as many mentions). Answers
 * come in the list's own order, whatever order the list is in, so a caller that read the whole list
 * before reads the same spans in the same order now.
 */
export interface SpanLookup<T extends Positioned> {
  /** The spans with `start <= span.start` and `span.end <= end`, in list order. */
  within(start: number, end: number): T[];
  /** Where in the list those spans stand, ascending. */
  indexesWithin(start: number, end: number): number[];
  /** The spans with `span.start < end` and `span.end > start`, in list order. */
  overlapping(start: number, end: number): T[];
  /** Whether any span overlaps the stretch (`span.start < end && span.end > start`). */
  anyOverlapping(start: number, end: number): boolean;
  /** The spans that hold the stretch whole (`span.start <= start && end <= span.end`), in list order. */
  containing(start: number, end: number): T[];
  /** Whether any span holds the stretch whole. */
  anyContaining(start: number, end: number): boolean;
}

export interface Positioned {
  start: number;
  end: number;
}

const lookups = new WeakMap<readonly Positioned[], { length: number; lookup: SpanLookup<Positioned> }>();

/**
 * The lookup of a list, built once per list (kept while the list lives) and again when its length
 * changed: a span must not move once its list is asked, as the spans of an annotated article do not.
 */
export function spanLookup<T extends Positioned>(spans: readonly T[]): SpanLookup<T> {
  let built = lookups.get(spans);
  // a list that grew since (a layer still being filled) is indexed again
  if (!built || built.length !== spans.length) {
    built = { length: spans.length, lookup: buildSpanLookup(spans) };
    lookups.set(spans, built);
  }
  return built.lookup as SpanLookup<T>;
}

/** A fresh lookup of a list (for a list that is still growing between questions, build one per state). */
export function buildSpanLookup<T extends Positioned>(spans: readonly T[]): SpanLookup<T> {
  // list positions by start; `reach[i]` is the furthest end among the first i + 1 of them
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const starts = order.map((index) => spans[index]!.start);
  const reach: number[] = [];
  for (const index of order) reach.push(Math.max(reach.at(-1) ?? -Infinity, spans[index]!.end));
  /** How many spans start before `position`. */
  const startingBefore = (position: number) => lowerBound(starts, position);
  const inListOrder = (found: number[]) => found.sort((a, b) => a - b).map((index) => spans[index]!);
  const indexesWithin = (start: number, end: number) => {
    const found: number[] = [];
    for (let at = startingBefore(start); at < order.length && starts[at]! <= end; at++) {
      const index = order[at]!;
      if (spans[index]!.end <= end) found.push(index);
    }
    return found.sort((a, b) => a - b);
  };
  return {
    within: (start, end) => indexesWithin(start, end).map((index) => spans[index]!),
    indexesWithin,
    overlapping(start, end) {
      const found: number[] = [];
      // the spans that start before `end`, walked back while one of them may still reach past `start`
      for (let at = startingBefore(end) - 1; at >= 0 && reach[at]! > start; at--) {
        const index = order[at]!;
        if (spans[index]!.end > start) found.push(index);
      }
      return inListOrder(found);
    },
    anyOverlapping(start, end) {
      for (let at = startingBefore(end) - 1; at >= 0 && reach[at]! > start; at--) if (spans[order[at]!]!.end > start) return true;
      return false;
    },
    containing(start, end) {
      const found: number[] = [];
      for (let at = startingBefore(start + 1) - 1; at >= 0 && reach[at]! >= end; at--) if (spans[order[at]!]!.end >= end) found.push(order[at]!);
      return inListOrder(found);
    },
    anyContaining(start, end) {
      // the spans that start at or before `start`, walked back while one of them may still reach `end`
      for (let at = startingBefore(start + 1) - 1; at >= 0 && reach[at]! >= end; at--) if (spans[order[at]!]!.end >= end) return true;
      return false;
    },
  };
}
