import type { Span } from '../../model/index.ts';
import type { QuotedPiece } from './types.ts';

/** Double marks; `''` and `` are the double marks of typewriter text and some wire feeds ("''a genius''"). */
const DOUBLE_MARK = /''|``|["“”„‟«»]/g;
/** Single marks; ’ and ' are apostrophes as often as closing marks. */
const SINGLE_MARK = /['‘’‚‹›]/g;
const PREFERS_OPENING = new Set(['“', '„', '‟', '«', '``', '‘', '‚', '‹']);
const PREFERS_CLOSING = new Set(['”', '»', '’', '›']);
const QUOTE_CHARACTER = /["'“”„‟«»‘’‚‹›`]/;
/** Whether a line holds a double or a single mark at all: most hold none, or only apostrophes ("Putin’s"), and skip the search. */
const HAS_DOUBLE_MARK = /''|``|["“”„‟«»]/;
const HAS_SINGLE_MARK = /['‘’‚‹›]/;
/** What may stand before an opening mark: "(“", "—“", " “". */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/]/;
/** What may follow a closing mark: "”,", "”)", "” ". */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/;
/** An apostrophe that starts a word rather than a quote: "the '90s", "'em", "rock 'n' roll", "'tis". */
const ELISION_AFTER_APOSTROPHE = /^(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|n'|tis\b|twas\b|s\b)/i;

/** `either`: a mark with space or punctuation on both sides; `neither`: one between two words (`="x"`, `5'10"`). */
type Role = 'open' | 'close' | 'either' | 'neither';

function roleOf(line: string, start: number, end: number, mark: string): Role {
  const before = line[start - 1];
  const after = line[end];
  const opening = (before === undefined || BEFORE_OPENING.test(before) || QUOTE_CHARACTER.test(before)) && after !== undefined && !/\s/.test(after);
  const closing = before !== undefined && !/\s/.test(before) && (after === undefined || AFTER_CLOSING.test(after) || QUOTE_CHARACTER.test(after));
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  if (PREFERS_OPENING.has(mark)) return 'open';
  if (PREFERS_CLOSING.has(mark)) return 'close';
  return opening ? 'either' : 'neither';
}

/** Trims the inner text of a piece: `“ A ”` covers "A", and `"We will not yield,"` covers "We will not yield" (the comma is the host sentence's). */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface OpenMark extends Span {
  continuesPrevious: boolean;
}

/**
 * Double-quoted pieces of one line. A mark is opening or closing by what stands around it; nested
 * quotes (a “...” inside "...") are skipped, the outer one is the piece. `carriedOver` says the previous
 * line ended inside a quote: an opening mark at the start of this line reopens it.
 */
function findDoublePieces(text: string, line: Span, carriedOver: boolean): { pieces: QuotedPiece[]; leftOpen: boolean } {
  const content = text.slice(line.start, line.end);
  const pieces: QuotedPiece[] = [];
  const stack: OpenMark[] = [];
  const firstVisible = content.search(/\S/);
  for (const match of content.matchAll(DOUBLE_MARK)) {
    const at = match.index;
    const mark = { start: line.start + at, end: line.start + at + match[0].length };
    const role = roleOf(content, at, at + match[0].length, match[0]);
    if (stack.length === 0) {
      if (role === 'close' || role === 'neither') continue; // a stray closing mark, inches (`a 6" pipe`), markup (`author="x"`)
      stack.push({ ...mark, continuesPrevious: carriedOver && at === firstVisible });
      continue;
    }
    if (role === 'open') {
      stack.push({ ...mark, continuesPrevious: false });
      continue;
    }
    const opened = stack.pop()!;
    if (stack.length === 0) {
      const inner = trimSpan(text, opened.end, mark.start);
      if (inner.end > inner.start) pieces.push({ ...inner, open: { start: opened.start, end: opened.end }, close: mark, continuesPrevious: opened.continuesPrevious, double: true });
    }
  }
  const outer = stack[0];
  if (outer) {
    // "“We will stay.\n\n“We will win,” she said.": the piece runs to the end of the paragraph
    const inner = trimSpan(text, outer.end, line.end);
    if (inner.end > inner.start) pieces.push({ ...inner, open: { start: outer.start, end: outer.end }, close: null, continuesPrevious: outer.continuesPrevious, double: true });
  }
  return { pieces, leftOpen: outer !== undefined };
}

const NO_DOUBLE_PIECES: { pieces: QuotedPiece[]; leftOpen: boolean } = Object.freeze({ pieces: [], leftOpen: false });

const insideAny = (spans: readonly Span[], at: number) => spans.some((span) => at >= span.start && at < span.end);

/**
 * Single-quoted pieces of one line outside its double-quoted ones. Apostrophes are told apart from
 * marks: "don’t" and "the '90s" open nothing, and in "‘Jones’ car is red’" the mark after a plural
 * possessive closes only when no later mark can.
 */
function findSinglePieces(text: string, line: Span, taken: readonly Span[]): QuotedPiece[] {
  const content = text.slice(line.start, line.end);
  const marks = [...content.matchAll(SINGLE_MARK)]
    .filter((match) => !insideAny(taken, line.start + match.index))
    .map((match) => {
      const at = match.index;
      const after = content.slice(at + 1);
      const before = content[at - 1] ?? '';
      let role: Role | null = roleOf(content, at, at + 1, match[0]);
      if (role === 'open' && ELISION_AFTER_APOSTROPHE.test(after)) role = null;
      if (role === 'open' && match[0] === "'" && !/^\p{L}/u.test(after)) role = null;
      if (role !== 'open' && /^[\p{L}\p{N}]/u.test(after)) role = null; // don’t, it's, Jones’s
      if (role === 'either' || role === 'neither') role = null;
      const possessive = role === 'close' && /s/i.test(before) && /^\s+\p{L}/u.test(after);
      return { at, role, possessive };
    })
    .filter((mark) => mark.role !== null);
  // for each mark: whether a closing mark follows before the next opening one ("‘Jones’ car is red’")
  const closesLater: boolean[] = [];
  let closeAhead = false;
  for (let index = marks.length - 1; index >= 0; index--) {
    closesLater[index] = closeAhead;
    if (marks[index]!.role === 'open') closeAhead = false;
    else closeAhead = true;
  }
  const pieces: QuotedPiece[] = [];
  let opened: number | null = null;
  marks.forEach((mark, index) => {
    if (mark.role === 'open') {
      opened ??= mark.at;
      return;
    }
    if (opened === null || (mark.possessive && closesLater[index])) return;
    const inner = trimSpan(text, line.start + opened + 1, line.start + mark.at);
    if (inner.end > inner.start) {
      pieces.push({ ...inner, open: { start: line.start + opened, end: line.start + opened + 1 }, close: { start: line.start + mark.at, end: line.start + mark.at + 1 }, continuesPrevious: false, double: false });
    }
    opened = null;
  });
  return pieces;
}

/**
 * Every quoted piece of the text in document order: double marks of all styles (“ ” " '' « » „), and
 * single marks (‘ ’ ') outside them. A double quote left open at the end of a paragraph runs to its
 * end and is continued by an opening mark at the start of the next paragraph.
 */
export function findQuotedPieces(text: string): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  let carriedOver = false;
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = { start: match.index, end: match.index + match[0].length };
    if (!/\S/.test(match[0])) continue;
    const double: { pieces: QuotedPiece[]; leftOpen: boolean } = HAS_DOUBLE_MARK.test(match[0]) ? findDoublePieces(text, line, carriedOver) : NO_DOUBLE_PIECES;
    carriedOver = double.leftOpen;
    const taken = double.pieces.map((piece) => ({ start: piece.open.start, end: piece.close?.end ?? line.end }));
    pieces.push(...double.pieces, ...(HAS_SINGLE_MARK.test(match[0]) ? findSinglePieces(text, line, taken) : []));
  }
  return pieces.sort((a, b) => a.open.start - b.open.start);
}
