import type { OffsetSegment } from '../model/index.ts';
import type { Edit } from './edit.ts';

/** Dropped outright: zero-width space, word joiner, BOM, soft hyphen, control characters. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/g;
const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;
/**
 * Whole words of characters below U+0300 (before the combining marks) joined by single spaces: "said on
 * Tuesday that the". NFC leaves such characters as they are and joins none of them to another, so the
 * stretch is written as it stands, as its words and spaces one by one would be, in one piece.
 */
const PLAIN_WORDS = /(?<!\S)[^\s\u0300-\uffff]+(?: [^\s\u0300-\uffff]+)*(?!\S)/g;

/**
 * Applies raw-relative edits and tidies whitespace in one pass, keeping the offset map:
 * runs of spaces become one space, no space at a line's start or end, and the text is NFC.
 * Edits are applied in order of their start; one that overlaps an earlier edit is dropped.
 * An edit made only of line breaks is a paragraph break; other edit text is inserted as written.
 */
export function buildCleanText(raw: string, edits: readonly Edit[]): { text: string; offsetMap: OffsetSegment[] } {
  const writer = new CleanTextWriter();
  let position = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < position) continue;
    writer.copy(raw, position, edit.start);
    writer.insert(edit.text, edit.start);
    position = edit.end;
  }
  writer.copy(raw, position, raw.length);
  return writer.finish();
}

class CleanTextWriter {
  private readonly parts: string[] = [];
  private readonly segments: OffsetSegment[] = [];
  private length = 0;
  /** The last two characters written, to fold repeated breaks and spaces. */
  private tail = '\n\n';
  /** Raw offset of whitespace seen but not yet written (-1: none). */
  private pendingSpaceAt = -1;

  /** Copies raw [start, end): whitespace runs fold into one space, invisible characters drop. */
  copy(raw: string, start: number, end: number): void {
    let cursor = start;
    const slice = raw.slice(start, end);
    const pieces = slice.split(INVISIBLE);
    for (const piece of pieces) {
      const pieceStart = raw.indexOf(piece, cursor);
      this.copyPiece(piece, pieceStart);
      cursor = pieceStart + piece.length;
    }
  }

  /** Emits inserted text, which maps to the raw offset where it was inserted. */
  insert(text: string, rawAt: number): void {
    if (!text) return;
    if (/^\n+$/.test(text)) return this.breakParagraph(text.length);
    if (/^\s+$/.test(text)) {
      if (this.pendingSpaceAt < 0) this.pendingSpaceAt = rawAt;
      return;
    }
    this.writePendingSpace();
    this.write(text, -1, rawAt);
  }

  finish(): { text: string; offsetMap: OffsetSegment[] } {
    const whole = this.parts.join('');
    const text = whole.replace(/\s+$/, '');
    const offsetMap = this.segments.filter((segment) => segment[0] < text.length || segment[2] === 0);
    const last = offsetMap[offsetMap.length - 1];
    if (last && last[0] + last[2] > text.length) last[2] = text.length - last[0];
    return { text, offsetMap };
  }

  /** Copies a piece without invisible characters: stretches of plain words whole, what lies between word by word. */
  private copyPiece(piece: string, rawStart: number): void {
    let cursor = 0;
    PLAIN_WORDS.lastIndex = 0;
    for (let match = PLAIN_WORDS.exec(piece); match; match = PLAIN_WORDS.exec(piece)) {
      this.copyWords(piece.slice(cursor, match.index), rawStart + cursor);
      this.writePendingSpace();
      this.write(match[0], rawStart + match.index, rawStart + match.index);
      cursor = match.index + match[0].length;
    }
    this.copyWords(piece.slice(cursor), rawStart + cursor);
  }

  /** Copies text that starts and ends at white space (or the piece's edge): each run of it folds into one pending space, each word is NFC. */
  private copyWords(text: string, rawStart: number): void {
    let cursor = 0;
    for (const match of text.matchAll(WHITESPACE_RUN)) {
      this.copyWord(text.slice(cursor, match.index), rawStart + cursor);
      if (this.pendingSpaceAt < 0) this.pendingSpaceAt = rawStart + match.index;
      cursor = match.index + match[0].length;
    }
    this.copyWord(text.slice(cursor), rawStart + cursor);
  }

  private copyWord(word: string, rawStart: number): void {
    if (!word) return;
    this.writePendingSpace();
    const composed = word.normalize('NFC');
    // "Nicola\u0301s" → "Nicolás": a changed word maps to where it started.
    if (composed === word) this.write(word, rawStart, rawStart);
    else this.write(composed, -1, rawStart);
  }

  private writePendingSpace(): void {
    if (this.pendingSpaceAt >= 0 && !this.tail.endsWith('\n')) this.write(' ', this.pendingSpaceAt, this.pendingSpaceAt);
    this.pendingSpaceAt = -1;
  }

  private breakParagraph(newlines: number): void {
    this.pendingSpaceAt = -1;
    if (this.length === 0) return; // nothing before the first paragraph
    const have = this.tail.endsWith('\n\n') ? 2 : this.tail.endsWith('\n') ? 1 : 0;
    if (newlines > have) this.write('\n'.repeat(newlines - have), -1, -1);
  }

  /** `rawStart` -1: not a copy of raw text; then `anchor` (if any) says where it came from. */
  private write(text: string, rawStart: number, anchor: number): void {
    if (rawStart >= 0 && text === ' ' && this.tail.endsWith(' ')) return;
    if (rawStart >= 0) {
      const last = this.segments[this.segments.length - 1];
      if (last && last[0] + last[2] === this.length && last[1] + last[2] === rawStart) last[2] += text.length;
      else this.segments.push([this.length, rawStart, text.length]);
    } else if (anchor >= 0) {
      this.segments.push([this.length, anchor, 0]);
    }
    this.parts.push(text);
    this.length += text.length;
    this.tail = (this.tail + text).slice(-2);
  }
}
