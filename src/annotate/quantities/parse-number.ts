const UNITS: Readonly<Record<string, number>> = Object.freeze({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, a: 1, an: 1, half: 0.5,
});
const SCALES: Readonly<Record<string, number>> = Object.freeze({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12,
});

const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;

/** The number words that stand alone: "fourteen", "dozen", "half", "million" ("a", "an" and "m", "bn", "k" only with a number). */
const STANDALONE_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS).filter((word) => word !== 'a' && word !== 'an'),
  ...Object.keys(SCALES).filter((word) => word.length > 2),
]);

/** A number word or numeral a quantity may be written with: "fourteen", "1,000", "1.1", "million", "a dozen". */
export function isNumberWord(word: string): boolean {
  if (word.length > 20) return false;
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^\d[\d,]*(?:\.\d+)?$/.test(word) || DOT_THOUSANDS.test(word);
  // only a few letters open a number: one…ninety, hundred, thousand, million, billion, trillion, dozen, half, bn, mn, m, k, tn
  if (!/^[otfsenhmbdkzTOFSENHMBDKZ]/.test(word)) return false;
  const lower = word.toLowerCase();
  // "twenty-five"
  if (lower.includes('-')) return /^\p{L}+-\p{L}+$/u.test(lower) && lower.split('-').every((part) => part in UNITS);
  return STANDALONE_NUMBER_WORDS.has(lower);
}

/**
 * The value of a number written in words or digits: "one million" → 1e6, "1.1 million" → 1.1e6,
 * "twenty-five" → 25, "a dozen" → 12, "two dozen" → 24, "1,250" → 1250, "$4.5bn" (as "4.5 bn") → 4.5e9. Null when the words are no number.
 */
export function parseNumber(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    // "1.000.000" groups thousands with dots (never an English decimal); "1,250" with commas
    const word = DOT_THOUSANDS.test(raw) ? raw.replace(/\./g, '') : raw.toLowerCase().replace(/,/g, '');
    if (/^\d+(?:\.\d+)?$/.test(word)) {
      current += Number(word);
      seen = true;
    } else if (word.includes('-') && word.split('-').every((part) => part in UNITS)) {
      current += word.split('-').reduce((sum, part) => sum + UNITS[part]!, 0);
      seen = true;
    } else if (word === 'dozen') {
      // "a dozen" → 12, "two dozen" → 24: a dozen counts what stands before it
      current = (current || 1) * 12;
      seen = true;
    } else if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else if (word !== 'and') {
      return null;
    }
  }
  return seen ? total + current : null;
}
