/**
 * Removes lists and blocks that are almost all links: site menus and "more stories" rails that
 * Readability keeps when they share a parent with the article, e.g.
 * `<ul><li><a>Home</a></li><li><a>Local</a></li>…</ul>` or
 * `<div><a>Who will make the Rock Hall in 2020?</a><a>25 worst inductees ever</a></div>`.
 * A list of links inside a sentence-rich paragraph is not touched: only `<ul>`, `<ol>`, `<dl>`,
 * `<table>` and `<div>` blocks with at least two links count.
 */

const LINK_LIST_SELECTOR = 'ul, ol, dl, table, div, section';
const MIN_LINKS = 2;
const MIN_LINK_DENSITY = 0.8;

function measureLinkText(element: Element): { links: number; length: number } {
  let length = 0;
  const links = Array.from(element.querySelectorAll('a'));
  for (const link of links) length += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return { links: links.length, length };
}

export function removeLinkLists(root: Element): number {
  let removed = 0;
  for (const element of Array.from(root.querySelectorAll(LINK_LIST_SELECTOR))) {
    if (!element.parentNode) continue;
    const textLength = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (textLength === 0) continue;
    const links = measureLinkText(element);
    if (links.links < MIN_LINKS || links.length < textLength * MIN_LINK_DENSITY) continue;
    element.remove();
    removed++;
  }
  return removed;
}
