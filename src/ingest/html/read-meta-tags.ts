/**
 * Collects `<meta>` values by lower-cased key: `<meta property="og:title" content="…">`,
 * `<meta name="author" content="…">`, `<meta itemprop="datePublished" content="…">`. Keys that repeat
 * (`citation_author`, `article:author`) keep every value, in page order.
 */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      // <meta property="og:title article:title"> names two keys
      for (const part of key.split(/\s+/)) {
        const values = tags.get(part);
        if (values) values.push(content);
        else tags.set(part, [content]);
      }
    }
  }
  return tags;
}

/** The first value of the first key that has one. */
export function pickMetaValue(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every value of the first key that has any. */
export function pickMetaValues(tags: MetaTags, keys: readonly string[]): readonly string[] {
  for (const key of keys) {
    const values = tags.get(key);
    if (values && values.length > 0) return values;
  }
  return [];
}
