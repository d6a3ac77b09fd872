import type { Relation, RelationEvidence } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { describeAct, describeManner, listRelations, splitAtTrigger } from '../relation-lines.ts';
import { describeSupport, formatDate, plural } from '../report-context.ts';
import { capList } from '../report-options.ts';
import { moreNote } from './context-sections.ts';
import { citeLinks } from './findings.ts';
import { relationEvidenceAnchor, slug, type HtmlContext } from './html-context.ts';
import { readCytoscape, type PageScript } from './page-scripts.ts';
import { QUAD_COLOURS, type QuadCode } from './quad-colours.ts';
import { buildRelationGraph } from './relation-graph.ts';
import { RELATION_GRAPH_SCRIPT } from './relation-graph-script.ts';

/**
 * "Who relates to whom": the actor graph (drawn only with JavaScript), then the list it draws, which reads
 * the same without it: a line per country pair, the acts under it, each opening to its evidence sentences.
 */
export function renderRelations(context: HtmlContext): string {
  if (!context.dossier.relations.length) return '';
  const { groups, more } = listRelations(context);
  const items = groups.map(
    (group) =>
      `<li><strong>${isolate(group.source)} → ${group.target === null ? '(no recipient)' : isolate(group.target)}</strong><ul>${group.relations.map((relation) => relationItem(relation, context)).join('')}</ul></li>`,
  );
  return `<h2 id="relations">Who relates to whom</h2>
${graphSection(context)}
<ul class="relations">
${items.join('\n')}
</ul>${moreNote(more, 'relations')}`;
}

/** The graph's data, cytoscape.js and the code that draws it, or none when there is nothing to draw. */
export function relationGraphScripts(context: HtmlContext): PageScript[] {
  if (!context.dossier.relations.length) return [];
  return [
    { id: 'relation-graph-data', kind: 'data', value: buildRelationGraph(listRelations(context).shown, context) },
    { id: 'cytoscape', kind: 'code', text: readCytoscape() },
    { id: 'relation-graph-code', kind: 'code', text: RELATION_GRAPH_SCRIPT },
  ];
}

/** `hidden` until the script draws it: with JavaScript off the page shows the list alone. */
function graphSection(context: HtmlContext): string {
  const countries = context.dossier.relations.some((relation) => relation.level === 'country');
  const levels = countries
    ? `<fieldset class="levels"><legend>Draw</legend><label><input type="radio" name="relation-level" value="actor" checked> people and bodies</label> <label><input type="radio" name="relation-level" value="country"> countries</label></fieldset>`
    : '';
  const legend = (Object.keys(QUAD_COLOURS) as QuadCode[]).map((quad) => `<span class="key"><span class="swatch quad-${quad.replace(' ', '-')}"></span>${quad}</span>`).join(' ');
  return `<section id="relation-graph" hidden>${levels}
<div id="relation-graph-canvas" role="img" aria-label="Actor graph: the list below gives each relation"></div>
<p class="legend muted">${legend} · <span class="key">dashed: not reported as fact</span> · <span class="key">wider: more independent sources</span></p>
<div id="relation-graph-evidence" aria-live="polite">Click an edge to see its evidence, or a person, body or country to see all it takes part in.</div>
</section>`;
}

/**
 * `<details>`: the act on its summary line, labelled when it is not a fact ("planned:", "asserted by
 * Kremlin:"), with its outlets; open, the sentences that tell it, each linking to its mark in the article.
 */
function relationItem(relation: Relation, context: HtmlContext): string {
  const manner = describeManner(relation, context.entityName);
  const target = relation.targetActor ? isolate(relation.targetActor.name) : '(no recipient)';
  const date = relation.date ? ` <span class="muted">${escapeHtml(formatDate(relation.date))}</span>` : '';
  const act = `${manner ? `<em class="manner">${escapeHtml(manner)}:</em> ` : ''}${isolate(relation.sourceActor.name)} —<strong>${escapeHtml(describeAct(relation))}</strong>→ ${target}${date}`;
  const support = `<span class="support">${escapeHtml(describeSupport(relation.support, relation.articles, context.articles))}</span>`;
  const { shown, more } = capList(relation.evidence, context.limits.listed);
  const sentences = shown.map((evidence) => evidenceQuote(evidence, context));
  if (more) sentences.push(`<p class="more">and ${plural(more, 'more sentence')}</p>`);
  return `<li id="relation-item-${slug(relation.id)}" class="relation"><details><summary>${act} ${citeLinks(relation.articles, context)} ${support}</summary>${sentences.join('')}</details></li>`;
}

/** "[A] Putin <b>spoke</b> with Maduro by phone on Thursday." linking to the sentence's mark in [A]'s text. */
function evidenceQuote(evidence: RelationEvidence, context: HtmlContext): string {
  const { before, trigger, after } = splitAtTrigger(evidence);
  const words = `<bdi>${escapeHtml(before)}${trigger ? `<b>${escapeHtml(trigger)}</b>` : ''}${escapeHtml(after)}</bdi>`;
  const href = context.href(relationEvidenceAnchor(evidence));
  const speaker = evidence.speaker ? ` <span class="muted">(said by ${isolate(evidence.speaker)})</span>` : '';
  return `<blockquote>${escapeHtml(context.label(evidence.articleId))} ${href ? `<a href="${href}">${words}</a>` : words}${speaker}</blockquote>`;
}
