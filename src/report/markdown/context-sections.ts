import type { Framing, FramingTerm, VoiceShare } from '../../model/index.ts';
import type { ReportContext } from '../report-context.ts';
import { oneLine, tableHead, tableRow } from './table.ts';

/** Voices, hedges and loaded words shown per outlet before "+N more". */
const MAX_LISTED = 4;

export function renderTimeline(context: ReportContext): string[] {
  const { timeline } = context.dossier;
  if (!timeline.length) return [];
  return ['### Timeline', ...tableHead(['date', 'event', 'outlets']), ...timeline.map((entry) => tableRow([entry.label, oneLine(entry.text), context.cite(entry.articles)]))];
}

/** `- Russia —support→ Venezuela [A][B][C][D]` */
export function renderRelations(context: ReportContext): string[] {
  const { relations } = context.dossier;
  if (!relations.length) return [];
  return [
    '### Who relates to whom',
    ...relations.map((relation) => `- ${context.entityName(relation.source)} —${relation.type}→ ${context.entityName(relation.target)} ${context.cite(relation.articles)}`),
  ];
}

/** One row per outlet: whom it quotes, how much it attributes, and the hedges and loaded words in its own voice. */
export function renderFraming(context: ReportContext): string[] {
  const { framing } = context.dossier;
  if (!framing.length) return [];
  return [
    '### Framing',
    ...tableHead(['outlet', 'quoted voices', 'by country', 'attributed / own voice', 'hedges', 'loaded words']),
    ...framing.map((item) => framingRow(item, context)),
  ];
}

function framingRow(framing: Framing, context: ReportContext): string {
  return tableRow([
    context.label(framing.articleId),
    listVoices(framing.voices),
    listVoices(framing.voicesByCountry),
    `${framing.attributed} / ${framing.unattributed}`,
    listTerms(framing.hedges),
    listTerms(framing.loaded),
  ]);
}

/** "Kremlin 2, Venezuela 2, +3 more" */
function listVoices(voices: readonly VoiceShare[]): string {
  const quoted = voices.filter((voice) => voice.quotes > 0);
  return listMost(quoted.map((voice) => `${voice.name} ${voice.quotes}`));
}

/** `"allegedly" ×2, "regime"` — each term once, in order of first use. */
export function listTerms(terms: readonly FramingTerm[]): string {
  const counts = new Map<string, number>();
  for (const term of terms) {
    const key = term.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return listMost([...counts].map(([text, count]) => `"${text}"${count > 1 ? ` ×${count}` : ''}`));
}

function listMost(items: readonly string[]): string {
  if (!items.length) return '—';
  const more = items.length - MAX_LISTED;
  return [...items.slice(0, MAX_LISTED), ...(more > 0 ? [`+${more} more`] : [])].join(', ');
}
