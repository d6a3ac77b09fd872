/** A word as a reader counts it: a run of letters or digits, apostrophes and hyphens inside. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of a line as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * countWords, counted no further than `most`: whether a paragraph holds more than five words, or more
 * than a rule's sixty, without reading its every word.
 */
export function countWordsUpTo(text: string, most: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < most && WORD.exec(text)) count++;
  return count;
}

/** Printable ASCII but the backtick, in words joined by single spaces: "Nicolas Maduro", "U.S.", not "Nicolás" nor "`90s". */
const PLAIN_ASCII_WORDS = /^[\x21-\x5f\x61-\x7e]*(?: [\x21-\x5f\x61-\x7e]+)*$/;

/** Folds case, accents and curly marks, for comparing names and lines. */
export function foldText(text: string): string {
  // most names are plain ASCII with single spaces: only the case is left to fold
  if (PLAIN_ASCII_WORDS.test(text)) return text.trim().toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»„]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Accents and curly apostrophes folded, spacing collapsed, case kept: "Nicolás" and "Nicolas" are one name,
 * "Turkey" and "turkey" are not.
 */
export function foldAccents(text: string): string {
  // Most names are plain ASCII with single spaces: nothing to fold
  if (/^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(text)) return text.trim();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a name's words end with another's: ["nicolas", "maduro"] ends with ["maduro"]. */
export function endsWithWords(whole: readonly string[], part: readonly string[]): boolean {
  return part.every((word, index) => whole[whole.length - part.length + index] === word);
}
