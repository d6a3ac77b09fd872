/**
 * Says why a text is not language, or null when it may be: a file of U+FFFD (what a decoder writes for
 * bytes it could not read), of punctuation and symbols, or of base64, would otherwise become an article,
 * an outlet and a story of its own. The shares are of the characters that are not white space; a news
 * text is some 80 % letters and digits, a results table of numbers still over half.
 */

/** Over this share of U+FFFD, the bytes were not text in the encoding they were read as. */
const MOST_REPLACEMENT_SHARE = 0.1;
/** Under this share of letters, digits and marks, the text is not prose in any script. */
const LEAST_LETTER_SHARE = 0.5;
/** Over this share in runs of 100+ ASCII letters and digits with no space ("iVBORw0KGgo…"), the text is encoded data. */
const MOST_ENCODED_SHARE = 0.5;

const REPLACEMENT = /\ufffd/g;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/gu;
const NOT_WHITE_SPACE = /\S/gu;
// base64, hex and URL-safe base64 runs: "SGVsbG8gd29ybGQ…" × 100+
const ENCODED_RUN = /[A-Za-z0-9+/=_-]{100,}/g;

export function findUnreadableText(text: string): string | null {
  const visible = count(text, NOT_WHITE_SPACE);
  if (visible === 0) return 'empty text';
  const replacement = count(text, REPLACEMENT) / visible;
  if (replacement > MOST_REPLACEMENT_SHARE) {
    return `text is ${percent(replacement)} replacement characters (U+FFFD, bytes that could not be decoded): not language, not read as an article`;
  }
  const letters = count(text, LETTER_DIGIT_OR_MARK) / visible;
  if (letters < LEAST_LETTER_SHARE) {
    return `text is only ${percent(letters)} letters and digits, the rest symbols and punctuation: not language, not read as an article`;
  }
  let encoded = 0;
  for (const match of text.matchAll(ENCODED_RUN)) encoded += match[0].length;
  if (encoded / visible > MOST_ENCODED_SHARE) {
    return `text is ${percent(encoded / visible)} runs of 100 or more letters and digits without a space (encoded data such as base64): not language, not read as an article`;
  }
  return null;
}

function count(text: string, pattern: RegExp): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) found++;
  return found;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
