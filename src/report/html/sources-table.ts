import { escapeHtml } from '../escape-html.ts';
import { describeKinship } from '../source-labels.ts';
import { describeStories, describeStoryCounts, plural } from '../report-context.ts';
import { articleAnchor, type HtmlContext } from './html-context.ts';

/** "4 articles · 4 outlets · 4 independent · language en · 6 noise fragments removed · 5 facts corroborated" */
export function renderStoryLine(context: HtmlContext): string {
  const { dossier, corroborated } = context;
  const parts = [...describeStoryCounts(dossier), ...(dossier.facts.length ? [`${plural(corroborated.length, 'fact')} corroborated`] : [])];
  const stories = describeStories(context);
  return `<p class="meta">${escapeHtml(parts.join(' · '))}</p>${stories ? `<p class="warning"><strong>${escapeHtml(stories)}.</strong></p>` : ''}`;
}

export function renderSourcesTable(context: HtmlContext): string {
  const rows = context.dossier.articles.map((article) => {
    const cells = [article.outlet ?? 'unknown outlet', article.title ?? '', article.byline ?? '', article.published ?? '', article.language ?? ''];
    const kinship = article.kinship ? ` <span class="muted">(${escapeHtml(describeKinship(article.kinship, context.label(article.kinship.copyOf)))})</span>` : '';
    return `<tr><td class="label"><a href="#${articleAnchor(article.id)}">${escapeHtml(context.label(article.id))}</a></td>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}<td><code>${escapeHtml(article.source)}</code>${kinship}</td></tr>`;
  });
  const failed = context.dossier.failed.length
    ? `<h2>Inputs that could not be read</h2><ul>${context.dossier.failed.map((failure) => `<li>${escapeHtml(failure.source)}: ${escapeHtml(failure.reason)}</li>`).join('')}</ul>`
    : '';
  return `<h2 id="sources">Sources</h2>
<table><thead><tr><th></th><th>outlet</th><th>title</th><th>byline</th><th>published</th><th>language</th><th>source</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>${failed}`;
}
