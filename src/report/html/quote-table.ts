import type { Quote, QuoteVariantWording } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { capList } from '../report-options.ts';
import { nestSegments, segmentSpans } from '../segment-spans.ts';
import { moreNote } from './context-sections.ts';
import { citeLinks } from './findings.ts';
import type { HtmlContext } from './html-context.ts';

/** The same quote as each outlet words it (what differs highlighted), then every quote by speaker; both capped. */
export function renderQuoteTable(context: HtmlContext): string {
  const { quoteVariants, quotes } = context.dossier;
  if (!quoteVariants.length && !quotes.length) return '';
  const { shown, more } = capList(quoteVariants, context.limits.listed);
  const variants = shown.map((variant) => {
    const rows = capList(variant.wordings, context.limits.listed).shown.map(
      (wording) => `<tr><td>${citeLinks([wording.articleId], context)}</td><td>${isolate(speakerOf(wording, context))}</td><td>“${highlightDifferences(wording)}”</td></tr>`,
    );
    return `<tbody><tr><th colspan="3">${isolate(variant.text)}</th></tr>${rows.join('')}</tbody>`;
  });
  const variantTable = variants.length
    ? `<div class="frame"><table class="quotes"><thead><tr><th>outlet</th><th>speaker</th><th>wording (<mark class="difference">what the others do not share</mark>)</th></tr></thead>${variants.join('\n')}</table></div>${moreNote(more, 'quotes')}`
    : '';
  return `<h2 id="quotes">The same quote, as each outlet gives it</h2>
${variantTable || '<p class="muted">No quote appears in more than one outlet.</p>'}
${quotes.length ? renderQuotesBySpeaker(quotes, context) : ''}`;
}

function renderQuotesBySpeaker(quotes: readonly Quote[], context: HtmlContext): string {
  const { shown, more } = capList(quotes, context.limits.listed);
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of shown) {
    const speaker = quote.speakerId ? context.entityName(quote.speakerId) : quote.speaker ?? 'unattributed';
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
  }
  const rows = [...bySpeaker].flatMap(([speaker, said]) =>
    said.map((quote, index) => `<tr>${index ? '' : `<td rowspan="${said.length}">${isolate(speaker)}</td>`}<td>${citeLinks([quote.articleId], context)}</td><td>“${isolate(quote.text)}”</td></tr>`),
  );
  return `<details><summary>Every quote, by speaker (${quotes.length})</summary>
<div class="frame"><table><thead><tr><th>speaker</th><th>outlet</th><th>quote</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${moreNote(more, 'quotes')}</details>`;
}

function speakerOf(wording: QuoteVariantWording, context: HtmlContext): string {
  return wording.speaker ?? (wording.speakerId ? context.entityName(wording.speakerId) : '—');
}

/** The wording, escaped and isolated, with each stretch the other outlets do not share in `<mark class="difference">`. */
function highlightDifferences(wording: QuoteVariantWording): string {
  const segments = segmentSpans(wording.differences, 0, wording.text.length);
  return `<bdi>${nestSegments(wording.text, segments, { open: () => '<mark class="difference">', close: () => '</mark>', text: escapeHtml })}</bdi>`;
}
