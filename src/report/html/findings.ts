import type { Conflict } from '../../model/index.ts';
import { escapeHtml } from '../escape-html.ts';
import { describeConflictValue } from '../report-context.ts';
import { articleAnchor, claimAnchor, conflictEvidenceAnchor, factRowAnchor, slug, type HtmlContext } from './html-context.ts';

/** A card per disagreement: each value with the outlets that give it and the sentence it comes from. */
export function renderConflictCards(context: HtmlContext): string {
  const { conflicts } = context.dossier;
  if (!conflicts.length) return '';
  return `<h2 id="conflicts">Where the outlets disagree</h2>
<div class="cards">
${conflicts.map((conflict) => conflictCard(conflict, context)).join('\n')}
</div>`;
}

function conflictCard(conflict: Conflict, context: HtmlContext): string {
  const fact = conflict.factId && context.factNumbers.has(conflict.factId)
    ? ` <a class="muted" href="#${factRowAnchor(conflict.factId)}">fact ${context.factNumbers.get(conflict.factId)}</a>`
    : '';
  const values = conflict.values.map((value, valueIndex) => {
    const evidence = value.evidence.map((item, index) => {
      const href = context.href(conflictEvidenceAnchor(conflict.id, valueIndex, index));
      const text = escapeHtml(item.text);
      return `<blockquote>${escapeHtml(context.label(item.articleId))} ${href ? `<a href="${href}">${text}</a>` : text}</blockquote>`;
    });
    const { said, meaning } = describeConflictValue(conflict, value, context.articles);
    return `<li><strong>“${escapeHtml(said)}”</strong>${meaning ? ` <span class="muted">(${escapeHtml(meaning)})</span>` : ''} ${citeLinks(value.articles, context)}${evidence.join('')}</li>`;
  });
  return `<section class="card" id="card-${slug(conflict.id)}"><h3>${escapeHtml(conflict.about)}<span class="kind">${escapeHtml(conflict.kind)}</span>${fact}</h3><ul>${values.join('')}</ul></section>`;
}

/** What one outlet alone reports, grouped by article; each claim links to its sentence. */
export function renderSingleSource(context: HtmlContext): string {
  const { singleSource } = context.dossier;
  if (!singleSource.length) return '';
  const groups = context.dossier.articles.flatMap((article) => {
    const claims = singleSource.filter((claim) => claim.articleId === article.id);
    if (!claims.length) return [];
    const items = claims.map((claim) => {
      const href = context.href(claimAnchor(claim.id));
      return `<li>${href ? `<a href="${href}">${escapeHtml(claim.text)}</a>` : escapeHtml(claim.text)}</li>`;
    });
    return [`<h3>${citeLinks([article.id], context)} ${escapeHtml(article.outlet ?? 'unknown outlet')}</h3><ul>${items.join('')}</ul>`];
  });
  return `<h2 id="single-source">Only one outlet reports</h2>\n${groups.join('\n')}`;
}

/** Facts two or more others report that an article leaves out. */
export function renderOmissions(context: HtmlContext): string {
  const { omissions } = context.dossier;
  if (!omissions.length) return '';
  const items = context.dossier.articles.flatMap((article) => {
    const left = omissions.filter((omission) => omission.articleId === article.id);
    if (!left.length) return [];
    const facts = left.map((omission) => {
      const number = context.factNumbers.get(omission.factId);
      const name = number ? `<a href="#${factRowAnchor(omission.factId)}">fact ${number}</a>` : escapeHtml(omission.factId);
      return `${name} <span class="muted">(reported by ${escapeHtml(context.cite(omission.reportedBy))})</span>`;
    });
    return [`<li>${citeLinks([article.id], context)} leaves out ${facts.join(' · ')}</li>`];
  });
  return `<h2 id="omissions">Left out</h2><ul>${items.join('')}</ul>`;
}

/** "[A][C]", each label linking to its article. */
export function citeLinks(articleIds: readonly string[], context: HtmlContext): string {
  return context.inOrder(articleIds).map((id) => `<a class="label" href="#${articleAnchor(id)}">${escapeHtml(context.label(id))}</a>`).join('');
}
