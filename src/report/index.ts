import type { Dossier } from '../model/index.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';

export const REPORT_FORMATS = Object.freeze(['md', 'json', 'html'] as const);
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a report shows of long lists (the CLI's --full, --top N, --min-sources N); the JSON keeps all. */
export interface ReportOptions { full?: boolean; top?: number; minSources?: number }

export function renderDossier(dossier: Dossier, format: ReportFormat, _options: ReportOptions = {}): string {
  if (format === 'json') return renderJson(dossier);
  if (format === 'html') return renderHtml(dossier);
  return renderMarkdown(dossier);
}
