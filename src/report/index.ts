import type { Dossier } from '../model/index.ts';
import { renderHtml } from './render-html.ts';
import { renderJson, renderJsonPieces } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { ReportOptions } from './report-options.ts';

export type { ReportOptions } from './report-options.ts';
export { DEFAULT_REPORT_OPTIONS } from './report-options.ts';

export { renderJsonPieces };

export const REPORT_FORMATS = Object.freeze(['md', 'json', 'html'] as const);
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The dossier in a format; `options` choose what Markdown and HTML show (the JSON keeps everything). */
export function renderDossier(dossier: Dossier, format: ReportFormat, options: ReportOptions = {}): string {
  if (format === 'json') return renderJson(dossier);
  if (format === 'html') return renderHtml(dossier, options);
  return renderMarkdown(dossier, options);
}
