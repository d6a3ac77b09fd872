import type { Dossier } from '../model/index.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';

export const REPORT_FORMATS = Object.freeze(['md', 'json', 'html'] as const);
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderDossier(dossier: Dossier, format: ReportFormat): string {
  if (format === 'json') return renderJson(dossier);
  if (format === 'html') return renderHtml(dossier);
  return renderMarkdown(dossier);
}
