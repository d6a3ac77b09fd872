import { Parser } from 'htmlparser2';

/**
 * Counts a page's elements and how deep they nest before anything builds a tree of it, and stops at the
 * first element over a limit. `<div>` × 100,000 costs linkedom minutes (its parser keeps the open
 * elements in an array it shifts at every tag) and Readability more (it walks each node's ancestors),
 * so a page over a limit is refused here, never parsed. The tokenizer is htmlparser2's, the one linkedom
 * parses with: the depth counted is the depth linkedom would build, implied closes included
 * (`<p>a<p>b` is two siblings, not two levels).
 */

export interface HtmlStructureLimits {
  /** Deepest nesting of elements read (browsers stop nesting at 512). */
  maxDepth: number;
  /** Most elements read. */
  maxElements: number;
}

export type HtmlStructure = { ok: true; elements: number; depth: number } | { ok: false; reason: string };

export function measureHtmlStructure(html: string, limits: HtmlStructureLimits): HtmlStructure {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let overLimit: string | null = null;
  const parser = new Parser(
    {
      onopentag() {
        if (overLimit) return;
        elements++;
        depth++;
        if (depth > deepest) deepest = depth;
        if (depth > limits.maxDepth) overLimit = `page nests elements deeper than ${limits.maxDepth} levels (--max-html-depth); not read`;
        else if (elements > limits.maxElements) overLimit = `page has more than ${limits.maxElements} elements (--max-html-elements); not read`;
        // the tokenizer stops at the end of the current tag: the rest of the page is never scanned
        if (overLimit) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: false },
  );
  parser.write(html);
  if (!overLimit) parser.end();
  return overLimit ? { ok: false, reason: overLimit } : { ok: true, elements, depth: deepest };
}
