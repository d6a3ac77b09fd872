import type { Dossier } from '../model/index.ts';
import { escapeHtml, isolate } from './escape-html.ts';
import { renderAgreementMatrix } from './html/agreement-matrix.ts';
import { renderArticles } from './html/article-text.ts';
import { renderFraming, renderTimeline } from './html/context-sections.ts';
import { renderConflictCards, renderOmissions, renderSingleSource } from './html/findings.ts';
import { createHtmlContext, type HtmlContext } from './html/html-context.ts';
import { scriptElement, scriptSources } from './html/page-scripts.ts';
import { renderQuoteTable } from './html/quote-table.ts';
import { relationGraphScripts, renderRelations } from './html/relations.ts';
import { renderSourcesTable, renderStoryLine } from './html/sources-table.ts';
import { STYLE } from './html/style.ts';
import type { ReportOptions } from './report-options.ts';

/** Sections in reading order (as the Markdown dossier): agreement, disagreement, single sources, quotes, context, then the texts. */
const SECTIONS: ReadonlyArray<(context: HtmlContext) => string> = Object.freeze([
  renderStoryLine,
  renderSourcesTable,
  renderAgreementMatrix,
  renderConflictCards,
  renderSingleSource,
  renderOmissions,
  renderQuoteTable,
  renderTimeline,
  renderRelations,
  renderFraming,
  renderArticles,
]);

/**
 * One self-contained page: no request, everything inline. The CSP forbids anything but the inline style
 * and the page's own scripts, each by its SHA-256 (only the actor graph has any: cytoscape.js and the code
 * that draws it), so even markup that slipped past escaping could neither run nor fetch. Every piece of
 * input text sits in a `<bdi>` (or a `dir="auto"` paragraph); long lists are capped as in the Markdown
 * (`options`). Links between sections are fragment anchors; `:target` shows where they land, no script needed.
 */
export function renderHtml(dossier: Dossier, options: ReportOptions = {}): string {
  const context = createHtmlContext(dossier, options);
  const title = dossier.story.title ?? 'Untitled story';
  const scripts = relationGraphScripts(context);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSources(scripts)}; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${isolate(title)}</h1>
${SECTIONS.map((section) => section(context)).filter(Boolean).join('\n')}
${scripts.map(scriptElement).join('\n')}
</body></html>
`;
}
