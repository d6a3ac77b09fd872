import type { TextSpan } from '../../model/index.ts';
import type { QuotedPiece } from './types.ts';

/** "WALLACE: Let's start ...", "Q: Is this ...": a transcript's speaker in capitals at the start of a quoted paragraph. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}|Q|A):\s+/u;

/** A transcript's speaker label inside a quoted piece, its colon, and where the speech after it starts. */
export interface InnerLabel {
  label: TextSpan;
  colon: TextSpan;
  speechStart: number;
}

/** The speaker label that opens a quoted piece of a transcript. */
export function readInnerLabel(text: string, piece: QuotedPiece): InnerLabel | null {
  const match = TRANSCRIPT_LABEL.exec(text.slice(piece.start, piece.end));
  if (!match || match[0].length >= piece.end - piece.start) return null;
  const label = match[1]!;
  const colon = piece.start + label.length;
  return { label: { start: piece.start, end: colon, text: label }, colon: { start: colon, end: colon + 1, text: ':' }, speechStart: piece.start + match[0].length };
}
