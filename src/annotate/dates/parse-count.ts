import { NUMBER_WORD_VALUES } from './vocabulary.ts';

/** What COUNT matched, as a number; `null` for the vague counts TIMEX3 writes `X` ("several", "a few", "some"). */
export function parseCount(words: string): number | null {
  const text = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const digits = /^(\d+(?:\.\d+)?)(?:\s*(?:1\/2|½))?$/.exec(text);
  if (digits) return Number(digits[1]) + (/(?:1\/2|½)$/.test(text) ? 0.5 : 0);
  if (/^(?:a )?couple(?: of)?$/.test(text)) return 2;
  if (/^(?:a )?dozen$/.test(text)) return 12;
  if (/^(?:(?:a )?few|several|many|some)$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    const value = NUMBER_WORD_VALUES[word];
    if (value === undefined) return null;
    if (value === 100 || value === 1000) {
      current = (current || 1) * value;
      if (value === 1000) {
        total += current;
        current = 0;
      }
    } else {
      current += value;
    }
  }
  return total + current;
}
