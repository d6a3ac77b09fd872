import type { QuotedPiece } from './types.ts';

/** One or two capitalised words: "Bobby", "Cia", "The Rock". */
const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u;
/** A given name or an initial right before the opening mark: `Robert C. "`, `Marcia "`. */
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}.'’-]*\s$/u;
/** A surname right after the closing mark: `" Scott`, `" Price (D-Newport News)`. */
const NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;

/**
 * `Rep. Robert C. "Bobby" Scott`, `state Del. Marcia "Cia" Price`: a nickname in double marks between
 * the parts of a name is part of the name, not a quote.
 */
export function isNickname(text: string, piece: QuotedPiece): boolean {
  if (!piece.double || !piece.close) return false;
  if (!NICKNAME.test(text.slice(piece.start, piece.end))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, piece.open.start - 30), piece.open.start)) && NAME_AFTER.test(text.slice(piece.close.end, piece.close.end + 3));
}
