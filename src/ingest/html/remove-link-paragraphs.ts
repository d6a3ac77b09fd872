/**
 * Removes paragraphs and headings that are nothing but a link: teasers for other stories set between
 * the article's paragraphs, e.g. `<p><a href="/2019/11/18/sean-spicer"><strong>SEAN SPICER ELIMINATED
 * FROM 'DANCING WITH THE STARS'</strong></a></p>` or `<h3><a href="…">Who will make the Rock Hall in
 * 2020?</a></h3>`. A paragraph with any words of its own outside the link stays, and so do short
 * links ("[Engadget]", a source) and bare addresses ("http://amzn.to/2hXQPDr", a reference).
 */

const PARAGRAPH_SELECTOR = 'p, h1, h2, h3, h4, h5, h6';
const MIN_LINK_SHARE = 0.9;
const MIN_WORDS = 4;
const URL_TEXT = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

function measureText(node: Node): number {
  return (node.textContent ?? '').replace(/[\s\p{P}]+/gu, '').length;
}

export function removeLinkParagraphs(root: Element): number {
  let removed = 0;
  for (const paragraph of Array.from(root.querySelectorAll(PARAGRAPH_SELECTOR))) {
    if (!paragraph.parentNode) continue;
    const links = Array.from(paragraph.querySelectorAll('a[href]'));
    if (links.length === 0) continue;
    const text = paragraph.textContent ?? '';
    const textLength = measureText(paragraph);
    if (textLength === 0 || URL_TEXT.test(text) || text.trim().split(/\s+/).length < MIN_WORDS) continue;
    const linkLength = links.reduce((sum, link) => sum + measureText(link), 0);
    if (linkLength < textLength * MIN_LINK_SHARE) continue;
    paragraph.remove();
    removed++;
  }
  return removed;
}
