import type { Framing, FramingTerm, VoiceShare } from '../../model/index.ts';
import { escapeHtml } from '../escape-html.ts';
import { citeLinks } from './findings.ts';
import type { HtmlContext } from './html-context.ts';

export function renderTimeline(context: HtmlContext): string {
  const { timeline } = context.dossier;
  if (!timeline.length) return '';
  const rows = timeline.map((entry) => `<tr><td>${escapeHtml(entry.label)}</td><td>${escapeHtml(entry.text)}</td><td>${citeLinks(entry.articles, context)}</td></tr>`);
  return `<h2 id="timeline">Timeline</h2>
<table><thead><tr><th>date</th><th>event</th><th>outlets</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** Per article: whom it quotes, by actor and by country; attributed vs own-voice statements; hedges and loaded words. */
export function renderFraming(context: HtmlContext): string {
  const { framing } = context.dossier;
  if (!framing.length) return '';
  return `<h2 id="framing">Framing</h2>
<table><thead><tr><th>outlet</th><th>quoted voices</th><th>by country</th><th>attributed / own voice</th><th>hedges</th><th>loaded words</th></tr></thead><tbody>
${framing.map((item) => framingRow(item, context)).join('\n')}
</tbody></table>`;
}

function framingRow(framing: Framing, context: HtmlContext): string {
  return `<tr><td>${citeLinks([framing.articleId], context)}</td><td>${listVoices(framing.voices)}</td><td>${listVoices(framing.voicesByCountry)}</td><td>${framing.attributed} / ${framing.unattributed}</td><td>${listTerms(framing.hedges)}</td><td>${listTerms(framing.loaded)}</td></tr>`;
}

/** "Kremlin 2 (40%)" per quoted voice. */
function listVoices(voices: readonly VoiceShare[]): string {
  const quoted = voices.filter((voice) => voice.quotes > 0);
  if (!quoted.length) return '—';
  return quoted.map((voice) => `${escapeHtml(voice.name)} ${voice.quotes} <span class="muted">(${Math.round(voice.share * 100)}%)</span>`).join('<br>');
}

/** Each term once with its count; the sentence-level category on hover. */
function listTerms(terms: readonly FramingTerm[]): string {
  if (!terms.length) return '—';
  const counts = new Map<string, { count: number; category: string }>();
  for (const term of terms) {
    const key = term.text.toLowerCase();
    counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, category: term.category });
  }
  return [...counts].map(([text, { count, category }]) => `<span title="${escapeHtml(category)}">“${escapeHtml(text)}”</span>${count > 1 ? ` ×${count}` : ''}`).join(', ');
}

/** "Russia —support→ Venezuela [A][B]" */
export function renderRelations(context: HtmlContext): string {
  const { relations } = context.dossier;
  if (!relations.length) return '';
  const items = relations.map(
    (relation) => `<li>${escapeHtml(context.entityName(relation.source))} —<strong>${escapeHtml(relation.type)}</strong>→ ${escapeHtml(context.entityName(relation.target))} ${citeLinks(relation.articles, context)}</li>`,
  );
  return `<h2 id="relations">Who relates to whom</h2><ul>${items.join('')}</ul>`;
}
