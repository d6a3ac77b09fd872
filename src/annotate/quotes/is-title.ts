const LONGEST_TITLE = 8;
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as']);

/** "Fox News Sunday", "The Art of the Deal", "Contract with America": every word but the small ones capitalised. */
export function isTitle(quoted: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.length <= LONGEST_TITLE && /^\p{Lu}/u.test(words[0] ?? '') && words.every((word) => TITLE_SMALL_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word));
}
