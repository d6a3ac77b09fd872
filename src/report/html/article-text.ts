import type { Article } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { nestSegments, segmentSpans } from '../segment-spans.ts';
import { countRemovals } from '../source-labels.ts';
import { articleAnchor, type Highlight, type HtmlContext } from './html-context.ts';

/** Every article's text, paragraphs split at line breaks, each piece of evidence in a `<mark>` links jump to. */
export function renderArticles(context: HtmlContext): string {
  const relation = context.dossier.relations.length ? ` <mark class="relation">relation, <mark class="trigger">its act</mark></mark>` : '';
  const legend = `<p class="legend muted"><mark>fact</mark> <mark class="claim">only this outlet</mark> <mark class="conflict">disagreement</mark>${relation}</p>`;
  return `<h2 id="articles">Articles</h2>\n${legend}\n${context.dossier.articles.map((article) => renderArticle(article, context)).join('\n')}`;
}

function renderArticle(article: Article, context: HtmlContext): string {
  const removals = [...countRemovals(article).entries()].map(([kind, count]) => `${isolate(kind)}${count > 1 ? ` ×${count}` : ''}`);
  const notices = article.messages
    .filter((message) => message.severity !== 'info')
    .map((message) => `<li class="${message.severity}">${escapeHtml(message.origin)}: ${isolate(message.reason)}</li>`);
  const meta = [article.outlet, article.byline, article.published].filter((part): part is string => !!part).map(isolate);
  // each paragraph its own direction: an Arabic article reads right to left, an English one left to right
  return `<article id="${articleAnchor(article.id)}"><h3><span class="label">${escapeHtml(context.label(article.id))}</span> ${isolate(article.title ?? article.outlet ?? article.source)}</h3>
<p class="meta">${meta.join(' · ')} — <code>${isolate(article.source)}</code></p>
${highlightParagraphs(article.text, context.highlights.get(article.id) ?? []).map((paragraph) => `<p dir="auto">${paragraph}</p>`).join('\n')}
<p class="message">${removals.length ? `Removed: ${removals.join(', ')}` : 'Nothing removed'}</p>
${notices.length ? `<ul class="message">${notices.join('')}</ul>` : ''}</article>`;
}

/**
 * The text as escaped HTML paragraphs (one per line), the highlights as nested `<mark>`s. A highlight
 * that crosses another or a line break is split; its first piece carries the id.
 */
export function highlightParagraphs(text: string, highlights: readonly Highlight[]): string[] {
  const opened = new Set<Highlight>();
  const tags = {
    open: (highlight: Highlight, first: boolean) =>
      `<mark class="${highlight.kind}"${first ? ` id="${escapeHtml(highlight.id)}"` : ''} title="${escapeHtml(highlight.title)}">`,
    close: () => '</mark>',
    text: escapeHtml,
  };
  return [...text.matchAll(/[^\n]+/g)].map((line) => {
    const start = line.index!;
    const end = start + line[0].length;
    const inside = highlights.filter((highlight) => highlight.start < end && highlight.end > start);
    return nestSegments(text, segmentSpans(inside, start, end), tags, opened);
  });
}
