import type { Relation, RelationEvidence } from '../../model/index.ts';
import { escapeHtml, isolate } from '../escape-html.ts';
import { describeAct, describeGroup, describeManner, listRelations, splitAtTrigger } from '../relation-lines.ts';
import { describeSupport, formatDate, plural } from '../report-context.ts';
import { capList } from '../report-options.ts';
import { moreNote } from './context-sections.ts';
import { citeLinks } from './findings.ts';
import { relationEvidenceAnchor, slug, type HtmlContext } from './html-context.ts';
import { dataScriptElement, readCytoscape, type PageScript } from './page-scripts.ts';
import type { QuadCode } from '../../shared/plover-relations-file.ts';
import { QUAD_COLOURS } from './quad-colours.ts';
import { buildRelationGraph } from './relation-graph.ts';
import { RELATION_GRAPH_SCRIPT } from './relation-graph-script.ts';

/**
 * "Who relates to whom": the actor graph (drawn only with JavaScript), then the list it draws, which reads
 * the same without it: a line per country pair, the acts under it, each opening to its evidence sentences.
 */
export function renderRelations(context: HtmlContext): string {
  if (!context.dossier.relations.length) return '';
  const { groups, more, shown } = listRelations(context);
  const items = groups.map(
    (group) =>
      `<li><strong>${describeGroup(group, isolate)}</strong><ul>${group.relations.map((relation) => relationItem(relation, context)).join('')}</ul></li>`,
  );
  return `<h2 id="relations">Who relates to whom</h2>
${graphSection(context, shown)}
<ul class="relations">
${items.join('\n')}
</ul>${moreNote(more, 'relations')}`;
}

/** cytoscape.js and the code that draws the graph, or none when there is nothing to draw. */
export function relationGraphScripts(context: HtmlContext): PageScript[] {
  if (!context.dossier.relations.length) return [];
  return [
    { id: 'cytoscape', text: readCytoscape() },
    { id: 'relation-graph-code', text: RELATION_GRAPH_SCRIPT },
  ];
}

/**
 * `hidden` until the script draws it: with JavaScript off the page shows the list alone. Everything the
 * script reads is inside the section, found by class, its data too: a page that joins several stories'
 * pages (prefixing their ids) still draws each story's graph from its own data.
 */
function graphSection(context: HtmlContext, shown: readonly Relation[]): string {
  const countries = context.dossier.relations.some((relation) => relation.level === 'country');
  // a form of its own keeps the level radios of one graph apart from another's on a joined page
  const levels = countries
    ? `<form class="levels"><fieldset><legend>Draw</legend><label><input type="radio" name="level" value="actor" checked> people and bodies</label> <label><input type="radio" name="level" value="country"> countries</label></fieldset></form>`
    : '';
  const legend = (Object.keys(QUAD_COLOURS) as QuadCode[]).map((quad) => `<span class="key"><span class="swatch quad-${quad.replace(' ', '-')}"></span>${quad}</span>`).join(' ');
  return `<section id="relation-graph" class="relation-graph" hidden>${levels}
<div class="relation-graph-canvas" role="img" aria-label="Actor graph: the list below gives each relation"></div>
<p class="legend muted">${legend} · <span class="key">dashed: not reported as fact</span> · <span class="key">wider: more independent sources</span></p>
<div class="relation-graph-evidence" aria-live="polite">Click an edge to see its evidence, or a person, body or country to see all it takes part in.</div>
${dataScriptElement('relation-graph-data', buildRelationGraph(shown, context))}
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
