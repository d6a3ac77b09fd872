import type { Span } from '../../model/index.ts';
import { foldWord } from './framing-lexicon.ts';

/** A word of a sentence, folded for the lexicon ("Couldn’t" → "couldn't"). */
export interface FramingWord extends Span {
  folded: string;
}

const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** How many code units the letter or digit at `index` takes (2 past the BMP), 0 where there is none: ASCII told from its code, the rest asked of the pattern in place. */
function letterOrDigitLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  LETTER_OR_DIGIT_AT.lastIndex = index;
  return LETTER_OR_DIGIT_AT.test(text) ? LETTER_OR_DIGIT_AT.lastIndex - index : 0;
}

/** An apostrophe or hyphen that joins two parts of a word: ' ’ ‐ - */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2010 || code === 0x2d;
}

/** Where the run of letters and digits that starts at `index` ends. */
function endOfRun(text: string, index: number): number {
  let at = index;
  for (let length = letterOrDigitLength(text, at); length > 0; length = letterOrDigitLength(text, at)) at += length;
  return at;
}

/**
 * The words of a sentence as `/[\p{L}\p{N}]+(?:['’\u2010-][\p{L}\p{N}]+)*` + `/gu` finds them in its text
 * (letters or digits, apostrophes and hyphens inside: "couldn't", "so-called", "sabre-rattling"), read
 * character by character: a match object for each word of a 4 MB article cost more than its words.
 */
export function readWords(text: string, sentence: Span): FramingWord[] {
  const piece = text.slice(sentence.start, sentence.end);
  const words: FramingWord[] = [];
  let index = 0;
  while (index < piece.length) {
    if (letterOrDigitLength(piece, index) === 0) {
      // a character past the BMP is one step, as the pattern reads it
      const code = piece.charCodeAt(index);
      const next = piece.charCodeAt(index + 1);
      index += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = index;
    index = endOfRun(piece, index);
    // "so-called": a joiner belongs to the word only where a letter or digit follows it
    while (isJoiner(piece.charCodeAt(index)) && letterOrDigitLength(piece, index + 1) > 0) index = endOfRun(piece, index + 1);
    words.push({ start: sentence.start + start, end: sentence.start + index, folded: foldWord(piece.slice(start, index)) });
  }
  return words;
}
