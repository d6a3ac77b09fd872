import {
  ARTICLE_FURNITURE_TAGS,
  BOILERPLATE_CLASS_PARTS,
  BOILERPLATE_CLASS_WORDS,
  BOILERPLATE_TAGS,
  HIDING_CLASS_NAMES,
} from './boilerplate-patterns.ts';

/**
 * Removes page furniture named by its tag or class: share bars, newsletter boxes, related and
 * recommended blocks, captions, bylines, comment threads (see boilerplate-patterns.ts).
 *
 * Class names also describe wrappers (`<article class="post author-jane">`,
 * `<div class="container penci_sidebar">`, `<div class="entry-content entry-content-read-more">`), so a
 * matching block is kept when it holds a large share of the root's text, and, with `keepProse`, when
 * it reads like prose: long, with few of its words in links, and with at least one paragraph-long run
 * of text (a "trending" rail of short headlines has none). A caption is never prose, however long.
 */

export interface BoilerplateRemovalOptions {
  /** Above this share of the root's text, a block is the article's wrapper, not furniture. */
  maxShareOfText: number;
  /** Keep matching blocks that read like prose (see `readsLikeProse`). */
  keepProse: boolean;
  /** Tags removed wherever they stand. */
  tags: ReadonlySet<string>;
}

/** On the whole page, before Readability: wrappers and prose-like blocks are kept whatever their class. */
export const PAGE_CLEANING: Readonly<BoilerplateRemovalOptions> = Object.freeze({
  maxShareOfText: 0.35,
  keepProse: true,
  tags: BOILERPLATE_TAGS,
});

/** Inside the article Readability picked: anything named as furniture goes, unless it is most of the article. */
export const ARTICLE_CLEANING: Readonly<BoilerplateRemovalOptions> = Object.freeze({
  maxShareOfText: 0.35,
  keepProse: false,
  tags: ARTICLE_FURNITURE_TAGS,
});

export interface RemovedElements {
  byTag: number;
  byClass: number;
  captions: number;
}

const PROSE_LENGTH = 200;
const PROSE_MAX_LINK_DENSITY = 0.5;
const PARAGRAPH_LENGTH = 100;
const SHOW_TEXT = 4;

function describeClassAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

function hasBoilerplateNamePart(classAndId: string): boolean {
  for (const name of classAndId.split(/\s+/)) {
    if (HIDING_CLASS_NAMES.has(name)) return true;
    for (const part of name.split(/[-_]+/)) if (BOILERPLATE_CLASS_PARTS.has(part)) return true;
  }
  return false;
}

function matchesBoilerplateClass(element: Element): boolean {
  const classAndId = describeClassAndId(element);
  if (classAndId.length <= 1) return false;
  return BOILERPLATE_CLASS_WORDS.test(classAndId) || hasBoilerplateNamePart(classAndId);
}

function isCaption(element: Element): boolean {
  return element.tagName.toUpperCase() === 'FIGCAPTION' || /caption/.test(describeClassAndId(element));
}

/** schema.org's `<div itemprop="description">` is a summary of the item (a standfirst, a teaser), never its body. */
function isSummary(element: Element): boolean {
  return /(?:^|\s)description(?:\s|$)/i.test(element.getAttribute('itemprop') ?? '');
}

function measureLinkText(element: Element): number {
  let length = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) length += (link.textContent ?? '').length;
  return length;
}

function hasParagraphLongText(element: Element): boolean {
  for (const paragraph of Array.from(element.querySelectorAll('p'))) {
    if ((paragraph.textContent ?? '').length >= PARAGRAPH_LENGTH) return true;
  }
  // Blog templates write paragraphs as bare text between <br>s: "<div>First paragraph…<br><br>Second…</div>"
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim().length >= PARAGRAPH_LENGTH) return true;
  }
  return false;
}

function readsLikeProse(element: Element, textLength: number): boolean {
  return textLength >= PROSE_LENGTH && measureLinkText(element) < textLength * PROSE_MAX_LINK_DENSITY && hasParagraphLongText(element);
}

function isInside(element: Element, root: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === root) return true;
  return false;
}

export function removeBoilerplateElements(root: Element, options: BoilerplateRemovalOptions): RemovedElements {
  const removed: RemovedElements = { byTag: 0, byClass: 0, captions: 0 };
  const rootTextLength = (root.textContent ?? '').length;
  const maxTextLength = Math.max(PROSE_LENGTH, rootTextLength * options.maxShareOfText);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const byTag = options.tags.has(element.tagName.toUpperCase());
    const summary = isSummary(element);
    if (!byTag && !summary && !matchesBoilerplateClass(element)) continue;
    if (!isInside(element, root)) continue;
    const textLength = (element.textContent ?? '').length;
    if (textLength > maxTextLength) continue;
    const caption = isCaption(element);
    if (options.keepProse && !caption && !summary && readsLikeProse(element, textLength)) continue;
    element.remove();
    if (caption) removed.captions++;
    else if (byTag) removed.byTag++;
    else removed.byClass++;
  }
  return removed;
}
