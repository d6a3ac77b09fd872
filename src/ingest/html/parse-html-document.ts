import { parseHTML } from 'linkedom';

/**
 * Parses HTML into a linkedom document that always has `<html>`, `<head>` and `<body>`. linkedom
 * builds no skeleton of its own: "<p>hi</p>" would become a document whose root is the `<p>`, and
 * text after a missing `<body>` would land outside it. So a page without `<html>` or `<body>` is
 * re-wrapped first, keeping its `<head>` and the attributes of its `<html>` (`lang`).
 */

const HTML_OPEN = /<html(?=[\s>])([^>]*)>/i;
const BODY_OPEN = /<body(?=[\s>/])/i;
const HEAD_BLOCK = /<head(?=[\s>])[^>]*>([\s\S]*?)<\/head\s*>/i;
// <!DOCTYPE html>, <?xml version="1.0"?>, <html …>, </html>
const SKELETON_TAGS = /<!doctype[^>]*>|<\?xml[^>]*>|<\/?html(?=[\s>])[^>]*>/gi;
// C0 control characters other than tab, line feed and carriage return.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function wrapInSkeleton(html: string): string {
  if (HTML_OPEN.test(html) && BODY_OPEN.test(html)) return html;
  if (BODY_OPEN.test(html)) return `<html>${html.replace(SKELETON_TAGS, '')}</html>`;
  const htmlAttributes = HTML_OPEN.exec(html)?.[1] ?? '';
  const head = HEAD_BLOCK.exec(html);
  const rest = (head ? html.replace(head[0], '') : html).replace(SKELETON_TAGS, '');
  return `<html${htmlAttributes}><head>${head?.[1] ?? ''}</head><body>${rest}</body></html>`;
}

export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(wrapInSkeleton(html.replace(CONTROL_CHARACTERS, '')));
  return document as Document;
}
