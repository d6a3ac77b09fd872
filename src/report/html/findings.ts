import type { Conflict } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { describeConflictValue, omissionsByArticle, plural } from '../report-context.ts';
import { capList } from '../report-options.ts';
import { moreNote } from './context-sections.ts';
import { articleAnchor, claimAnchor, conflictEvidenceAnchor, slug, type HtmlContext } from './html-context.ts';

/** A card per disagreement: each value with the outlets that give it and the sentence it comes from. */
export function renderConflictCards(context: HtmlContext): string {
  const { conflicts } = context.dossier;
  if (!conflicts.length) return '';
  const { shown, more } = capList(conflicts, context.limits.listed);
  return `<h2 id="conflicts">Where the outlets disagree</h2>
<div class="cards">
${shown.map((conflict) => conflictCard(conflict, context)).join('\n')}
</div>${moreNote(more, 'disagreements')}`;
}

function conflictCard(conflict: Conflict, context: HtmlContext): string {
  const row = conflict.factId ? context.factRowHref(conflict.factId) : null;
  const fact = conflict.factId && context.factNumbers.has(conflict.factId)
    ? ` ${row ? `<a class="muted" href="${row}">` : '<span class="muted">'}fact ${context.factNumbers.get(conflict.factId)}${row ? '</a>' : '</span>'}`
    : '';
  const { shown, more } = capList(conflict.values, context.limits.listed);
  const values = shown.map((value, valueIndex) => {
    const evidence = capList(value.evidence, context.limits.listed).shown.map((item, index) => {
      const href = context.href(conflictEvidenceAnchor(conflict.id, valueIndex, index));
      const text = isolate(item.text);
      return `<blockquote>${escapeHtml(context.label(item.articleId))} ${href ? `<a href="${href}">${text}</a>` : text}</blockquote>`;
    });
    const { said, meaning } = describeConflictValue(conflict, value, context.articles);
    return `<li><strong>“${isolate(said)}”</strong>${meaning ? ` <span class="muted">(${escapeHtml(meaning)})</span>` : ''} ${citeLinks(value.articles, context)}${evidence.join('')}</li>`;
  });
  if (more) values.push(`<li class="more">and ${plural(more, 'more value')}</li>`);
  return `<section class="card" id="card-${slug(conflict.id)}"><h3>${isolate(conflict.about)}<span class="kind">${escapeHtml(conflict.kind)}</span>${fact}</h3><ul>${values.join('')}</ul></section>`;
}

/** What one outlet alone reports, grouped by article; each claim links to its sentence. */
export function renderSingleSource(context: HtmlContext): string {
  const { singleSource } = context.dossier;
  if (!singleSource.length) return '';
  let left = context.limits.listed;
  const groups = context.dossier.articles.flatMap((article) => {
    const claims = singleSource.filter((claim) => claim.articleId === article.id).slice(0, left);
    if (!claims.length) return [];
    left -= claims.length;
    const items = claims.map((claim) => {
      const href = context.href(claimAnchor(claim.id));
      return `<li>${href ? `<a href="${href}">${isolate(claim.text)}</a>` : isolate(claim.text)}</li>`;
    });
    return [`<h3>${citeLinks([article.id], context)} ${isolate(article.outlet ?? 'unknown outlet')}</h3><ul>${items.join('')}</ul>`];
  });
  const more = singleSource.length - Math.min(singleSource.length, context.limits.listed);
  return `<h2 id="single-source">Only one outlet reports</h2>\n${groups.join('\n')}${moreNote(more, 'claims')}`;
}

/** Per article, how many facts others report it leaves out, and the most widely reported of them. */
export function renderOmissions(context: HtmlContext): string {
  const articles = omissionsByArticle(context);
  if (!articles.length) return '';
  const { shown, more } = capList(articles, context.limits.listed);
  const items = shown.map(({ articleId, left }) => {
    const named = capList(left, context.limits.omissionsNamed);
    const facts = named.shown.map((omission) => {
      const row = context.factRowHref(omission.factId);
      const name = row ? `<a href="${row}">fact ${context.factNumbers.get(omission.factId)}</a>` : `fact ${context.factNumbers.get(omission.factId)}`;
      return `${name} <span class="muted">(reported by ${escapeHtml(context.cite(omission.reportedBy))})</span>`;
    });
    const lead = named.more ? `${plural(left.length, 'fact')}; most widely reported: ` : '';
    return `<li>${citeLinks([articleId], context)} leaves out ${lead}${facts.join(' · ')}${named.more ? ` and ${named.more} more` : ''}</li>`;
  });
  return `<h2 id="omissions">Left out</h2><ul>${items.join('')}</ul>${moreNote(more, 'articles that leave facts out')}`;
}

/** "[A][C]", each label linking to its article; past the citation limit "and 12 more". */
export function citeLinks(articleIds: readonly string[], context: HtmlContext): string {
  const { shown, more } = capList(context.inOrder(articleIds), context.limits.cited);
  const links = shown.map((id) => `<a class="label" href="#${articleAnchor(id)}">${escapeHtml(context.label(id))}</a>`).join('');
  return `${links}${more ? ` <span class="muted">and ${more} more</span>` : ''}`;
}
