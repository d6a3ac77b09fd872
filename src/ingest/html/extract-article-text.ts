import { Readability } from '@mozilla/readability';
import type { Message } from '../../model/index.ts';
import { keepEmbeddedPosts } from './keep-embedded-posts.ts';
import { ARTICLE_CLEANING, PAGE_CLEANING, removeBoilerplateElements } from './remove-boilerplate-elements.ts';
import { removeHiddenElements } from './remove-hidden-elements.ts';
import { removeLinkLists } from './remove-link-lists.ts';
import { removeLinkParagraphs } from './remove-link-paragraphs.ts';
import { renderText } from './render-text.ts';

/**
 * Finds the article body of a parsed page and renders it as text. The order matters:
 * 1. embedded posts are lifted out of their "social" wrappers, so nothing below drops them;
 * 2. hidden elements and small or link-heavy furniture go before Readability scores the page, so it
 *    neither picks nor keeps them (big prose-like blocks stay: their class may describe a wrapper);
 * 3. Readability picks the article;
 * 4. inside it, link lists and furniture named by class go (Readability turns small classed `<div>`s
 *    into bare `<p>`s, which is why step 2 exists);
 * 5. the text is rendered, an element a line. Furniture lines ("Advertisement", "Photo: AP", a bare date)
 *    and the headline repeated at the top are clean's to remove (clean/page-line-rules.ts), where each
 *    removal is a message with its place.
 */

export const ORIGIN = 'ingest:extract-html';

export interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface ArticleText {
  text: string;
  /** The page's `<title>`, for clean to find the headline repeated at the top of the body. */
  pageTitle: string | null;
  readability: ReadabilityMetadata;
  messages: Message[];
}

const NO_READABILITY_METADATA: ReadabilityMetadata = Object.freeze({ title: null, byline: null, siteName: null, publishedTime: null });

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function extractArticleText(document: Document): ArticleText {
  const messages: Message[] = [];
  const info = (reason: string): void => void messages.push({ severity: 'info', origin: ORIGIN, reason });
  const pageTitle = document.querySelector('title')?.textContent ?? null;

  keepEmbeddedPosts(document);
  const hidden = removeHiddenElements(document);
  const before = document.body
    ? removeBoilerplateElements(document.body, PAGE_CLEANING)
    : { byTag: 0, byClass: 0, captions: 0 };

  const article = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    keepClasses: true,
    disableJSONLD: true,
  }).parse();
  const readability: ReadabilityMetadata = article
    ? {
        title: article.title ?? null,
        byline: article.byline ?? null,
        siteName: article.siteName ?? null,
        publishedTime: article.publishedTime ?? null,
      }
    : NO_READABILITY_METADATA;
  const content = article?.content;
  if (!content) return { text: '', pageTitle, readability, messages };

  const linkLists = removeLinkLists(content);
  const linkParagraphs = removeLinkParagraphs(content);
  const inside = removeBoilerplateElements(content, ARTICLE_CLEANING);

  const captions = before.captions + inside.captions;
  const blocks = before.byClass + before.byTag + inside.byClass + inside.byTag + linkLists + linkParagraphs;
  if (hidden > 0) info(`removed ${plural(hidden, 'hidden element')}`);
  if (captions > 0) info(`removed ${plural(captions, 'figure caption')}`);
  if (blocks > 0) info(`removed ${plural(blocks, 'boilerplate block')} (share bars, related links, bylines, menus)`);
  return { text: renderText(content), pageTitle, readability, messages };
}
