import type { Dossier } from '../model/index.ts';
import { renderFraming, renderTimeline } from './markdown/context-sections.ts';
import { renderConflicts, renderCorroborated, renderOmissions, renderSingleSource } from './markdown/finding-sections.ts';
import { renderQuoteVariants } from './markdown/quote-variants.ts';
import { renderRelations } from './markdown/relations.ts';
import { renderCleaning, renderFailedInputs, renderNotes, renderSources, renderStoryHeader } from './markdown/story-sections.ts';
import { createReportContext, type ReportContext } from './report-context.ts';
import type { ReportOptions } from './report-options.ts';

/**
 * The order a reader wants (../shared/acceptance/seeds-dossier-sketch.md): what the outlets agree on
 * first, then where they differ, what one alone says, and the context. A section with nothing is left out.
 */
const SECTIONS: ReadonlyArray<(context: ReportContext) => string[]> = Object.freeze([
  renderStoryHeader,
  renderSources,
  renderCorroborated,
  renderConflicts,
  renderSingleSource,
  renderOmissions,
  renderQuoteVariants,
  renderTimeline,
  renderRelations,
  renderFraming,
  renderCleaning,
  renderNotes,
  renderFailedInputs,
]);

/**
 * A dossier a reader can read in a terminal, every line citing its outlets as [A], [B], …; article text
 * escaped, long lists capped with "and N more" (`options`).
 */
export function renderMarkdown(dossier: Dossier, options: ReportOptions = {}): string {
  const context = createReportContext(dossier, options);
  const blocks = SECTIONS.map((section) => section(context)).filter((lines) => lines.length);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
