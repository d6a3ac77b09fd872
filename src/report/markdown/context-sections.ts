import type { Framing, FramingTerm, VoiceShare } from '../../model/index.ts';
import type { ReportContext } from '../report-context.ts';
import { capList, describeMore } from '../report-options.ts';
import { inline } from './escape-markdown.ts';
import { tableHead, tableRow } from './table.ts';

/** Voices, hedges and loaded words shown per outlet before "+N more". */
const MAX_LISTED = 4;

export function renderTimeline(context: ReportContext): string[] {
  const { timeline } = context.dossier;
  if (!timeline.length) return [];
  const { shown, more } = capList(timeline, context.limits.listed);
  return [
    '### Timeline',
    ...tableHead(['date', 'event', 'outlets']),
    ...shown.map((entry) => tableRow([inline(entry.label), inline(entry.text), context.cite(entry.articles)])),
    ...moreLine(more, 'dates'),
  ];
}

/** One row per outlet: whom it quotes, how much it attributes, and the hedges and loaded words in its own voice. */
export function renderFraming(context: ReportContext): string[] {
  const { framing } = context.dossier;
  if (!framing.length) return [];
  const { shown, more } = capList(framing, context.limits.listed);
  return [
    '### Framing',
    ...tableHead(['outlet', 'quoted voices', 'by country', 'attributed / own voice', 'hedges', 'loaded words']),
    ...shown.map((item) => framingRow(item, context)),
    ...moreLine(more, 'articles'),
  ];
}

/** A table closes with its "and N more" as a line of its own, after a blank line, so it is not read as a row. */
function moreLine(more: number, noun: string): string[] {
  return more ? ['', describeMore(more, noun)] : [];
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
  return listMost(quoted.map((voice) => `${inline(voice.name)} ${voice.quotes}`));
}

/** `"allegedly" ×2, "regime"` — each term once, in order of first use. */
export function listTerms(terms: readonly FramingTerm[]): string {
  const counts = new Map<string, number>();
  for (const term of terms) {
    const key = term.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return listMost([...counts].map(([text, count]) => `"${inline(text)}"${count > 1 ? ` ×${count}` : ''}`));
}

function listMost(items: readonly string[]): string {
  if (!items.length) return '—';
  const more = items.length - MAX_LISTED;
  return [...items.slice(0, MAX_LISTED), ...(more > 0 ? [`+${more} more`] : [])].join(', ');
}
