import type { ArticleMetadata } from './metadata.ts';
import type { Message } from './message.ts';

/** The kinds of input ingest can read; the kind is sniffed from the content when the extension lies. */
export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

/**
 * One article as ingest read it: decoded text plus whatever metadata the input's structure gave
 * (HTML meta, JSON-LD, Open Graph, JSON fields, feed fields). Text patterns are read later by clean.
 */
export interface RawArticle {
  /** The path or URL as given; feed items and JSON array entries add `#N` (1-based). */
  source: string;
  kind: InputKind;
  /** The body as decoded text: plain text keeps its lines; HTML is extracted to paragraphs separated by blank lines. */
  text: string;
  /** Metadata from the input's structure; fields left `null` may still be found in the text by clean. */
  metadata: ArticleMetadata;
  /** Other headlines an HTML page gives the article (its `<title>`, Readability's pick): clean removes one the body repeats at its top. */
  headlines?: string[];
  /** The character encoding the bytes were decoded from, when they were bytes. */
  encoding: string | null;
  messages: Message[];
}
