/**
 * Makes a page's declared URL absolute against the URL it was fetched from:
 * `<link rel="canonical" href="/news/1">` read from https://example.org/a → https://example.org/news/1.
 * Only http(s) URLs are kept; a relative URL with nothing to resolve against gives null.
 */
export function resolvePageUrl(value: string | null | undefined, base: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
