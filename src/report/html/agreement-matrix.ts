import type { Article, Fact } from '../../model/index.ts';
import { escapeHtml, isolate, isolateAttribute } from '../escape-html.ts';
import { describeSupport, MIN_INDEPENDENT_SUPPORT } from '../report-context.ts';
import { capList, describeMore } from '../report-options.ts';
import { articleAnchor, factEvidenceAnchor, factRowAnchor, type HtmlContext } from './html-context.ts';

/**
 * Facts × articles: a row per fact (corroborated first, the most widely reported first, capped), a
 * column per article that carries one of them; a cell the article carries links to its highlighted evidence, and the fact's text
 * links to its first evidence. The table scrolls inside its frame; the number and fact columns stay put.
 */
export function renderAgreementMatrix(context: HtmlContext): string {
  const { shown, more } = capList([...context.corroborated, ...context.copiesOnly], context.limits.listed);
  if (!shown.length) return '';
  // a column per article that carries a fact shown: a column of dots only would widen the table for nothing
  const carrying = new Set(shown.flatMap((fact) => fact.articles));
  const articles = context.dossier.articles.filter((article) => carrying.has(article.id));
  const head = articles
    .map((article) => {
      const outlet = article.outlet ? `<span class="outlet" title="${isolateAttribute(article.outlet)}">${isolate(article.outlet)}</span>` : '<span class="outlet muted" title="unknown outlet">?</span>';
      return `<th class="col"><a class="label" href="#${articleAnchor(article.id)}">${escapeHtml(context.label(article.id))}</a>${outlet}</th>`;
    })
    .join('');
  return `<h2 id="facts">What the outlets agree on</h2>
<p class="muted">A row per fact, ${MIN_INDEPENDENT_SUPPORT}+ independent sources first; ● marks an article that carries it — click it to see the sentence in that article.</p>
<div class="frame"><table class="matrix"><thead><tr><th class="num"></th><th class="fact">fact</th>${head}</tr></thead><tbody>
${shown.map((fact) => factRow(fact, articles, context)).join('\n')}
</tbody></table></div>${more ? `\n<p class="more">${escapeHtml(describeMore(more, 'facts'))}</p>` : ''}`;
}

function factRow(fact: Fact, articles: readonly Article[], context: HtmlContext): string {
  const copies = fact.support.independent < MIN_INDEPENDENT_SUPPORT ? ' class="copies"' : '';
  const first = fact.evidence.map((_, index) => context.href(factEvidenceAnchor(fact.id, index))).find(Boolean);
  const text = first ? `<a href="${first}">${headlineHtml(fact)}</a>` : headlineHtml(fact);
  const cells = articles.map((article) => {
    const index = fact.evidence.findIndex((evidence, at) => evidence.articleId === article.id && context.href(factEvidenceAnchor(fact.id, at)) !== null);
    if (index < 0) return `<td class="cell muted">${fact.articles.includes(article.id) ? '●' : '·'}</td>`;
    const evidence = fact.evidence[index]!;
    return `<td class="cell" data-article="${escapeHtml(article.id)}"><a href="${context.href(factEvidenceAnchor(fact.id, index))}" title="${escapeHtml(context.label(article.id))} ${isolateAttribute(evidence.text)}">●</a></td>`;
  });
  const support = `${context.cite(fact.articles)} · ${describeSupport(fact.support, fact.articles, context.articles)}`;
  return `<tr id="${factRowAnchor(fact.id)}" data-fact="${escapeHtml(fact.id)}"${copies}><td class="num">${context.factNumbers.get(fact.id)}</td><td class="fact">${text}<div class="support">${escapeHtml(support)}</div></td>${cells.join('')}</tr>`;
}

/** The fact's headline, isolated; where it is the shared clause's whole sentence, the clause marked: "The official goal ... <mark>is to combat drug trafficking</mark>." */
export function headlineHtml(fact: Fact): string {
  if (!fact.clause) return isolate(fact.text);
  const { start, end } = fact.clause;
  return `<bdi>${escapeHtml(fact.text.slice(0, start))}<mark class="shared">${escapeHtml(fact.text.slice(start, end))}</mark>${escapeHtml(fact.text.slice(end))}</bdi>`;
}
