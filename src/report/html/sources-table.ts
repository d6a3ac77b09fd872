import { escapeHtml, isolate } from '../escape-html.ts';
import { describeStories, describeStoryCounts, plural } from '../report-context.ts';
import { describeKinship } from '../source-labels.ts';
import { articleAnchor, type HtmlContext } from './html-context.ts';

/** "4 articles · 4 outlets · 4 independent · language en · 6 noise fragments removed · 5 facts corroborated", and a line per story when there are several. */
export function renderStoryLine(context: HtmlContext): string {
  const { dossier, corroborated } = context;
  const parts = [...describeStoryCounts(dossier), ...(dossier.facts.length ? [`${plural(corroborated.length, 'fact')} corroborated`] : [])];
  const stories = describeStories(context);
  const list = !stories
    ? ''
    : stories.line
      ? `<p class="warning"><strong>${escapeHtml(stories.line)}.</strong></p>`
      : `<div class="warning"><strong>${escapeHtml(stories.summary)}:</strong><ul>${stories.stories.map((story) => `<li>${escapeHtml(story)}</li>`).join('')}</ul></div>`;
  return `<p class="meta">${escapeHtml(parts.join(' · '))}</p>${list}`;
}

/** Every source, uncapped: the labels the rest of the page cites are defined here. */
export function renderSourcesTable(context: HtmlContext): string {
  const rows = context.dossier.articles.map((article) => {
    const cells = [article.outlet ?? 'unknown outlet', article.title ?? '', article.byline ?? '', article.published ?? '', article.language ?? ''];
    const kinship = article.kinship ? ` <span class="muted">(${escapeHtml(describeKinship(article.kinship, context.label(article.kinship.copyOf)))})</span>` : '';
    return `<tr><td class="label"><a href="#${articleAnchor(article.id)}">${escapeHtml(context.label(article.id))}</a></td>${cells.map((cell) => `<td>${isolate(cell)}</td>`).join('')}<td><code>${isolate(article.source)}</code>${kinship}</td></tr>`;
  });
  const failed = context.dossier.failed.length
    ? `<h2>Inputs that could not be read</h2><ul class="failed">${context.dossier.failed.map((failure) => `<li>${isolate(failure.source)}: ${isolate(failure.reason)}</li>`).join('')}</ul>`
    : '';
  return `<h2 id="sources">Sources</h2>
<div class="frame"><table class="sources"><thead><tr><th></th><th>outlet</th><th>title</th><th>byline</th><th>published</th><th>language</th><th>source</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${failed}`;
}
