/**
 * Reduces a language tag to its ISO 639-1 code: "en-US" → "en", "pt_BR" → "pt", "EN" → "en".
 * Three-letter or malformed tags ("und", "x-default", "english") give null.
 */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2})(?:$|[-_\s])/i.exec(tag ?? '');
  return match ? match[1]!.toLowerCase() : null;
}
