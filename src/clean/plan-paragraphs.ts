import type { Edit, Line } from './edit.ts';

/** A line that ends a sentence, a heading or a quote: the next line starts a new paragraph. */
const ENDS_BLOCK = /[.!?…:;"”’)\]»]$/;

/**
 * Turns the kept lines into paragraphs separated by one blank line; a hard-wrapped line
 * ("... the latest\nversion of the text") joins the next with a space. Everything between two
 * kept lines (blank lines, removed lines) is replaced by that separator. `joins` gives, by a line's
 * start, what joins it to the next line instead: "MOSCOW (AP) —" above the first paragraph joins it
 * with a space, "MOSCOW" alone with " — ".
 */
export function planParagraphs(raw: string, kept: readonly Line[], joins: ReadonlyMap<number, string> = new Map()): Edit[] {
  const edits: Edit[] = [];
  const first = kept[0];
  if (!first) return [{ start: 0, end: raw.length, text: '' }];
  if (first.start > 0) edits.push({ start: 0, end: first.start, text: '' });
  for (let position = 1; position < kept.length; position++) {
    const previous = kept[position - 1]!;
    const line = kept[position]!;
    const gap = raw.slice(previous.end, line.start);
    const blankBetween = (gap.match(/\n|\r\n?/g)?.length ?? 0) > 1;
    const join = joins.get(previous.start);
    edits.push({ start: previous.end, end: line.start, text: join ?? (!blankBetween && isWrapped(previous.text, line.text) ? ' ' : '\n\n') });
  }
  const last = kept[kept.length - 1]!;
  if (last.end < raw.length) edits.push({ start: last.end, end: raw.length, text: '' });
  return edits;
}

/** "...receive a selection of our best\ncontent of the week": the break is a wrap, not a paragraph. */
function isWrapped(previous: string, next: string): boolean {
  const trimmed = previous.trimEnd();
  return trimmed.length >= 40 && !ENDS_BLOCK.test(trimmed) && /^\s*[\p{Ll}\p{N}(]/u.test(next);
}
