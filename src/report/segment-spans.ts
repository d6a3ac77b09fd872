import type { Span } from '../model/index.ts';

/** A stretch of text no span boundary falls inside, with the spans covering it, outermost first. */
export interface Segment<S extends Span> {
  start: number;
  end: number;
  spans: S[];
}

/**
 * Stand-off spans over `[from, to)` of a text, cut at every span boundary into pieces that no span
 * crosses (the gaps are pieces with no span). Spans overlap rather than nest — a conflict's clause
 * inside a fact's sentence, two facts sharing a sentence — so each piece lists the spans that cover it,
 * earliest start first, then the longest: the order in which they nest as elements.
 */
export function segmentSpans<S extends Span>(spans: readonly S[], from: number, to: number): Array<Segment<S>> {
  const inside = spans
    .map((span, index) => ({ span, index, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((item) => item.start < item.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const boundaries = [...new Set([from, to, ...inside.flatMap((item) => [item.start, item.end])])].sort((a, b) => a - b);
  const segments: Array<Segment<S>> = [];
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const start = boundaries[index]!;
    const end = boundaries[index + 1]!;
    segments.push({ start, end, spans: inside.filter((item) => item.start <= start && item.end >= end).map((item) => item.span) });
  }
  return segments;
}

export interface NestingTags<S> {
  /** The opening tag of a span; `first` is true for the first piece of that span (the one that carries its id). */
  open(span: S, first: boolean): string;
  close(span: S): string;
  /** Text between tags, escaped for the output. */
  text(text: string): string;
}

/**
 * Segments as properly nested elements: a span that crosses another is closed and opened again, and
 * only its first piece is told `first`. `opened` carries over between calls (paragraphs of one article).
 */
export function nestSegments<S extends Span>(text: string, segments: ReadonlyArray<Segment<S>>, tags: NestingTags<S>, opened: Set<S> = new Set()): string {
  const stack: S[] = [];
  let html = '';
  for (const segment of segments) {
    let shared = 0;
    while (shared < stack.length && shared < segment.spans.length && stack[shared] === segment.spans[shared]) shared++;
    while (stack.length > shared) html += tags.close(stack.pop()!);
    for (const span of segment.spans.slice(shared)) {
      html += tags.open(span, !opened.has(span));
      opened.add(span);
      stack.push(span);
    }
    html += tags.text(text.slice(segment.start, segment.end));
  }
  while (stack.length) html += tags.close(stack.pop()!);
  return html;
}
