import { eld } from 'eld/medium';

/** Fewer letters than this give no reliable language. */
const MIN_LETTERS = 20;

/** ISO 639-1 code of the text's language (eld, n-grams), or null when the text is too short or mixed to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
