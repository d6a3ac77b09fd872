import type { Framing, FramingTerm, VoiceShare } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { capList, describeMore } from '../report-options.ts';
import { citeLinks } from './findings.ts';
import type { HtmlContext } from './html-context.ts';

export function renderTimeline(context: HtmlContext): string {
  const { timeline } = context.dossier;
  if (!timeline.length) return '';
  const { shown, more } = capList(timeline, context.limits.listed);
  // the label is ours ("the night of 11 Dec 2025"); the event is the article's, alone in its cell: a table
  // cell is a paragraph of its own for the bidirectional algorithm, so an override in it ends with the cell
  const rows = shown.map((entry) => `<tr><td>${escapeHtml(entry.label)}</td><td>${escapeHtml(entry.text)}</td><td>${citeLinks(entry.articles, context)}</td></tr>`);
  return `<h2 id="timeline">Timeline</h2>
<div class="frame"><table><thead><tr><th>date</th><th>event</th><th>outlets</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${moreNote(more, 'dates')}`;
}

/** Per article: whom it quotes, by actor and by country; attributed vs own-voice statements; hedges and loaded words. */
export function renderFraming(context: HtmlContext): string {
  const { framing } = context.dossier;
  if (!framing.length) return '';
  const { shown, more } = capList(framing, context.limits.listed);
  return `<h2 id="framing">Framing</h2>
<div class="frame"><table><thead><tr><th>outlet</th><th>quoted voices</th><th>by country</th><th>attributed / own voice</th><th>hedges</th><th>loaded words</th></tr></thead><tbody>
${shown.map((item) => framingRow(item, context)).join('\n')}
</tbody></table></div>${moreNote(more, 'articles')}`;
}

/** "and 12 more dates (--full shows all)" under a capped list, or nothing. */
export function moreNote(more: number, noun: string): string {
  return more ? `\n<p class="more">${escapeHtml(describeMore(more, noun))}</p>` : '';
}

function framingRow(framing: Framing, context: HtmlContext): string {
  return `<tr><td>${citeLinks([framing.articleId], context)}</td><td>${listVoices(framing.voices, context)}</td><td>${listVoices(framing.voicesByCountry, context)}</td><td>${framing.attributed} / ${framing.unattributed}</td><td>${listTerms(framing.hedges, context)}</td><td>${listTerms(framing.loaded, context)}</td></tr>`;
}

/** "Kremlin 2 (40%)" per quoted voice. */
function listVoices(voices: readonly VoiceShare[], context: HtmlContext): string {
  const { shown, more } = capList(voices.filter((voice) => voice.quotes > 0), context.limits.listed);
  if (!shown.length) return '—';
  const items = shown.map((voice) => `${isolate(voice.name)} ${voice.quotes} <span class="muted">(${Math.round(voice.share * 100)}%)</span>`);
  return [...items, ...(more ? [`and ${more} more`] : [])].join('<br>');
}

/** Each term once with its count; the sentence-level category on hover. */
function listTerms(terms: readonly FramingTerm[], context: HtmlContext): string {
  if (!terms.length) return '—';
  const counts = new Map<string, { count: number; category: string }>();
  for (const term of terms) {
    const key = term.text.toLowerCase();
    counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, category: term.category });
  }
  const { shown, more } = capList([...counts], context.limits.listed);
  const items = shown.map(([text, { count, category }]) => `<span title="${escapeHtml(category)}">“${isolate(text)}”</span>${count > 1 ? ` ×${count}` : ''}`);
  return [...items, ...(more ? [`and ${more} more`] : [])].join(', ');
}
