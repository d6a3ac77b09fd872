/**
 * Renders an element as plain text the way a reader sees it: paragraphs and headings separated by a
 * blank line, list items and `<br>` on their own lines, runs of whitespace inside a line collapsed.
 * Readability's own `textContent` glues blocks together ("…he wants.Opinion ColumnistCredit…").
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Elements that start a new paragraph.
const PARAGRAPH_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);
// Elements that start a new line inside a paragraph.
const LINE_TAGS = new Set(['BR', 'LI', 'DT', 'DD', 'TR', 'CAPTION', 'OPTION']);
// Table cells are kept on their row's line, separated by a tab-like gap.
const CELL_TAGS = new Set(['TD', 'TH']);
// Elements whose text is never part of what a reader sees.
const SILENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT',
  'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'INPUT', 'AUDIO', 'VIDEO', 'PICTURE', 'SOURCE',
]);

const PARAGRAPH_BREAK = '\u0000P';
const LINE_BREAK = '\u0000L';

function collectPieces(node: Node, pieces: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      pieces.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SILENT_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      pieces.push(LINE_BREAK);
      continue;
    }
    const breakMark = PARAGRAPH_TAGS.has(tag) ? PARAGRAPH_BREAK : LINE_TAGS.has(tag) ? LINE_BREAK : null;
    if (breakMark) pieces.push(breakMark);
    else if (CELL_TAGS.has(tag)) pieces.push(' ');
    if (tag === 'PRE') pieces.push((child.textContent ?? '').replace(/\n/g, LINE_BREAK));
    else collectPieces(child, pieces);
    if (breakMark) pieces.push(breakMark);
  }
}

/** Joins marked pieces into tidy text: one blank line between paragraphs, none at the ends. */
function joinPieces(pieces: readonly string[]): string {
  const paragraphs: string[] = [];
  for (const paragraph of pieces.join('').split(PARAGRAPH_BREAK)) {
    const lines = paragraph
      .split(LINE_BREAK)
      .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
      .filter((line) => line.length > 0);
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return paragraphs.join('\n\n');
}

export function renderText(root: Node): string {
  const pieces: string[] = [];
  collectPieces(root, pieces);
  return joinPieces(pieces);
}
