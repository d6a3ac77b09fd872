export type FeedKind = 'rss' | 'rdf' | 'atom';

/** What comes before the root element: "<?xml ...?>", "<?xml-stylesheet ...?>", comments, a DOCTYPE with or without [subset]. */
const PROLOG_PART = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)/i;

/**
 * The kind of feed from the root element, as rss-parser reads them: `<rss>` (RSS 0.9x and 2.0),
 * `<rdf:RDF>` in the RSS 1.0 namespace, `<feed>` (Atom). Works on the first few kilobytes alone.
 */
export function sniffFeedKind(text: string): FeedKind | null {
  let rest = text.slice(0, 65536).replace(/^\ufeff/, '').trimStart();
  for (let match = PROLOG_PART.exec(rest); match; match = PROLOG_PART.exec(rest)) rest = rest.slice(match[0].length).trimStart();
  const root = /^<([A-Za-z_][\w.:-]*)[\s>/]/.exec(rest)?.[1];
  if (root === 'rss') return 'rss';
  if (root === 'feed') return 'atom';
  // <rdf:RDF> also holds RDF that is no feed: RSS 1.0 declares its own namespace.
  if (root === 'rdf:RDF' && /["']http:\/\/purl\.org\/rss\/1\.0\/["']/.test(rest.slice(0, 4096))) return 'rdf';
  return null;
}
