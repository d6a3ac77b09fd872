import type { Article, Dossier } from '../model/index.ts';
import { escapeHtml } from './escape-html.ts';
import { countRemovals, sourceLabels } from './source-labels.ts';

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.meta{color:#555}.label{font-weight:bold;font-family:monospace}.message{font-size:.85rem;color:#555}
.warning{color:#8a4b00}.fatal{color:#a00}article{border:1px solid #ddd;border-radius:6px;padding:0 1rem;margin:1rem 0}
`;

/** One self-contained page (no script, no network): sources, cleaning notes, and every article's text. */
export function renderHtml(dossier: Dossier): string {
  const labels = sourceLabels(dossier.articles);
  const { story } = dossier;
  const title = escapeHtml(story.title ?? 'Untitled story');
  const rows = dossier.articles.map((article) => `<tr><td class="label">${labels.get(article.id)}</td><td>${escapeHtml(article.outlet ?? 'unknown outlet')}</td><td>${escapeHtml(article.title ?? '')}</td><td>${escapeHtml(article.byline ?? '')}</td><td>${escapeHtml(article.published ?? '')}</td><td>${escapeHtml(article.language ?? '')}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body>
<h1>${title}</h1>
<p class="meta">${story.articles} articles · ${story.outlets} outlets · ${story.independent} independent${story.languages.length ? ` · ${escapeHtml(story.languages.join(', '))}` : ''}</p>
<h2>Sources</h2>
<table><thead><tr><th></th><th>outlet</th><th>title</th><th>byline</th><th>published</th><th>language</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${dossier.failed.length ? `<h2>Inputs that could not be read</h2><ul>${dossier.failed.map((failure) => `<li>${escapeHtml(failure.source)}: ${escapeHtml(failure.reason)}</li>`).join('')}</ul>` : ''}
<h2>Articles</h2>
${dossier.articles.map((article) => renderArticle(article, labels.get(article.id)!)).join('\n')}
</body></html>
`;
}

function renderArticle(article: Article, label: string): string {
  const paragraphs = article.text.split(/\n+/).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  const removals = [...countRemovals(article).entries()].map(([kind, count]) => `${escapeHtml(kind)}${count > 1 ? ` ×${count}` : ''}`);
  const notices = article.messages
    .filter((message) => message.severity !== 'info')
    .map((message) => `<li class="${message.severity}">${escapeHtml(message.origin)}: ${escapeHtml(message.reason)}</li>`);
  return `<article id="${escapeHtml(article.id)}"><h3><span class="label">${label}</span> ${escapeHtml(article.title ?? article.source)}</h3>
<p class="meta">${escapeHtml([article.outlet, article.byline, article.published].filter(Boolean).join(' · '))} — <code>${escapeHtml(article.source)}</code></p>
${paragraphs}
<p class="message">${removals.length ? `Removed: ${removals.join(', ')}` : 'Nothing removed'}</p>
${notices.length ? `<ul class="message">${notices.join('')}</ul>` : ''}</article>`;
}
