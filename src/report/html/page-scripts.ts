import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A script of the page, that the CSP lets run by its hash. */
export interface PageScript {
  id: string;
  text: string;
}

let cytoscape: string | undefined;

/** cytoscape.js 3.35 (MIT, no dependencies), minified, read once: inlined so the page fetches nothing. */
export function readCytoscape(): string {
  cytoscape ??= readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
  return cytoscape;
}

/**
 * Data for a script to read, in a `<script type="application/json">` that never runs (the CSP does not
 * apply to it), written as JSON the HTML parser cannot end early: `</script>` or `<!--` in an article's
 * sentence becomes `\u003c/script>`, which JSON.parse reads back as the same text.
 */
export function dataScriptElement(className: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" class="${className}">${json}</script>`;
}

/**
 * The `<script>` element of code. It is kept from closing its element early: `</script` inside it (in a
 * string or a regular expression, where `<\/script` means the same) is escaped.
 */
export function scriptElement(script: PageScript): string {
  return `<script id="${script.id}">${safeCode(script.text, script.id)}</script>`;
}

/** The CSP source list that lets exactly these scripts run: `'sha256-…'` each, or `'none'`. */
export function scriptSources(scripts: readonly PageScript[]): string {
  const hashes = scripts.map((script) => `'sha256-${createHash('sha256').update(safeCode(script.text, script.id)).digest('base64')}'`);
  return hashes.length ? hashes.join(' ') : "'none'";
}

function safeCode(code: string, id: string): string {
  // "<!--" with a "<script" after it would keep the element open past its "</script>"; no escape of it means the same in every JS context
  if (code.includes('<!--')) throw new Error(`page script ${id} holds "<!--", which an inline script cannot carry safely`);
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
