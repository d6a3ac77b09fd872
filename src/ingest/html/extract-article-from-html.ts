import type { ArticleMetadata, Message } from '../../model/index.ts';
import { EMPTY_METADATA } from '../../model/index.ts';
import { addReadabilityMetadata } from './add-readability-metadata.ts';
import { extractArticleText, ORIGIN } from './extract-article-text.ts';
import { extractWholePageText } from './extract-whole-page-text.ts';
import { measureBinaryShare } from './measure-binary-share.ts';
import { measureHtmlStructure } from './measure-html-structure.ts';
import { parseHtmlDocument } from './parse-html-document.ts';
import { readPageMetadata } from './read-page-metadata.ts';

export interface ExtractHtmlOptions {
  /** Where the page came from: the fallback for `metadata.url` and the base for relative canonical links. */
  url?: string | null;
  /** Longer pages are not parsed (characters). */
  maxHtmlLength?: number;
  /** Pages with more elements are refused before they are parsed (measure-html-structure.ts). */
  maxElements?: number;
  /** Pages that nest elements deeper are refused before they are parsed. */
  maxDepth?: number;
}

export interface ExtractedHtmlArticle {
  /** The body as paragraphs separated by blank lines, an element a line (furniture lines are clean's to remove). */
  text: string;
  metadata: ArticleMetadata;
  /** Other headlines the page gives (`<title>`, Readability's pick), for clean to find one the body repeats. */
  headlines: string[];
  messages: Message[];
}

export const DEFAULT_EXTRACT_HTML_OPTIONS = Object.freeze({
  maxHtmlLength: 10_000_000,
  maxElements: 200_000,
  maxDepth: 512,
});

/** Below this many characters, Readability's pick is not trusted over the whole page's text. */
const MIN_ARTICLE_LENGTH = 250;
/** Above this share of unreadable characters the input is not a page at all. */
const MAX_BINARY_SHARE = 0.05;

function warning(reason: string): Message {
  return { severity: 'warning', origin: ORIGIN, reason };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a news page into its article body and what the page declares about it. Bad pages never throw:
 * an empty, binary, oversized or unparsable page gives `text: ''` and a warning.
 */
export function extractArticleFromHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedHtmlArticle {
  const settings = { ...DEFAULT_EXTRACT_HTML_OPTIONS, ...options };
  const url = options.url ?? null;
  const emptyResult = (reason: string): ExtractedHtmlArticle => ({
    text: '',
    metadata: { ...EMPTY_METADATA, url: url },
    headlines: [],
    messages: [warning(reason)],
  });
  if (typeof html !== 'string' || html.trim().length === 0) return emptyResult('page is empty');
  if (html.length > settings.maxHtmlLength) {
    return emptyResult(`page is ${html.length} characters, over the limit of ${settings.maxHtmlLength}; not parsed`);
  }
  if (measureBinaryShare(html) > MAX_BINARY_SHARE) return emptyResult('page looks like binary data, not HTML');
  // linkedom answers getElementsByTagName('*') with nothing, so Readability's own maxElemsToParse never fires
  const structure = measureHtmlStructure(html, settings);
  if (!structure.ok) return emptyResult(structure.reason);

  let document: Document;
  let metadata: ArticleMetadata;
  try {
    document = parseHtmlDocument(html);
    metadata = readPageMetadata(document, url);
  } catch (error) {
    return emptyResult(`page could not be parsed: ${describeError(error)}`);
  }

  const messages: Message[] = [];
  const headlines: string[] = [];
  let text = '';
  try {
    const article = extractArticleText(document);
    messages.push(...article.messages);
    for (const headline of [article.readability.title, article.pageTitle]) if (headline) headlines.push(headline);
    text = article.text;
    metadata = addReadabilityMetadata(metadata, article.readability);
    if (text.length < MIN_ARTICLE_LENGTH) {
      const wholePage = extractWholePageText(html);
      if (wholePage.length > text.length) {
        messages.push(warning('page has no article body; used whole-page text'));
        text = wholePage;
      }
    }
  } catch (error) {
    messages.push(warning(`article body could not be extracted: ${describeError(error)}`));
  }
  if (text.length === 0) messages.push(warning('page has no text'));
  return { text, metadata, headlines, messages };
}
