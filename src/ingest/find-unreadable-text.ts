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

const REPLACEMENT = 0xfffd;
/** A letter, digit or mark of any script, tried at one position (sticky): only for characters past ASCII. */
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/uy;
/** White space as `\s` reads it, tried at one position: only for characters past ASCII. */
const WHITE_SPACE = /\s/y;
/** The shortest run of base64, hex or URL-safe base64 characters ([A-Za-z0-9+/=_-]) that is encoded data: "SGVsbG8gd29ybGQ…" × 100+. */
const LEAST_ENCODED_RUN = 100;

export function findUnreadableText(text: string): string | null {
  const { visible, replacements, letters: letterCount, encoded } = countCharacters(text);
  if (visible === 0) return 'empty text';
  const replacement = replacements / visible;
  if (replacement > MOST_REPLACEMENT_SHARE) {
    return `text is ${percent(replacement)} replacement characters (U+FFFD, bytes that could not be decoded): not language, not read as an article`;
  }
  const letters = letterCount / visible;
  if (letters < LEAST_LETTER_SHARE) {
    return `text is only ${percent(letters)} letters and digits, the rest symbols and punctuation: not language, not read as an article`;
  }
  if (encoded / visible > MOST_ENCODED_SHARE) {
    return `text is ${percent(encoded / visible)} runs of 100 or more letters and digits without a space (encoded data such as base64): not language, not read as an article`;
  }
  return null;
}

/**
 * The characters (code points, a surrogate pair being one) that are not white space, the U+FFFD among
 * them, and the letters, digits and marks: what `/\S/gu`, `/\ufffd/g` and `/[\p{L}\p{N}\p{M}]/gu` would
 * count, in one pass without a match object per character (a 4 MB text made some 700 MB of them); and
 * the characters in runs of LEAST_ENCODED_RUN or more of [A-Za-z0-9+/=_-], what `/[A-Za-z0-9+/=_-]{100,}/g`
 * would match.
 */
function countCharacters(text: string): { visible: number; replacements: number; letters: number; encoded: number } {
  let visible = 0;
  let replacements = 0;
  let letters = 0;
  let encoded = 0;
  let encodedRun = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isEncodedCharacter(code)) {
      encodedRun++;
    } else {
      if (encodedRun >= LEAST_ENCODED_RUN) encoded += encodedRun;
      encodedRun = 0;
    }
    if (code < 0x80) {
      // ASCII white space is tab to carriage return and the space; its letters and digits are [A-Za-z0-9]
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
      visible++;
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) letters++;
      continue;
    }
    WHITE_SPACE.lastIndex = index;
    if (WHITE_SPACE.test(text)) continue;
    visible++;
    if (code === REPLACEMENT) replacements++;
    LETTER_DIGIT_OR_MARK.lastIndex = index;
    if (LETTER_DIGIT_OR_MARK.test(text)) letters++;
    // a surrogate pair is one character: "𝐀" (U+1D400) is one letter
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
  }
  if (encodedRun >= LEAST_ENCODED_RUN) encoded += encodedRun;
  return { visible, replacements, letters, encoded };
}

/** A character of base64, hex or URL-safe base64: [A-Za-z0-9+/=_-]. */
function isEncodedCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0x2f || code === 0x3d || code === 0x5f || code === 0x2d;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
