import type { Relation } from '../../model/index.ts';
import { describeAct, describeGroup, describeManner, listRelations, splitAtTrigger } from '../relation-lines.ts';
import { describeSupport, formatDate, type ReportContext } from '../report-context.ts';
import { describeMore } from '../report-options.ts';
import { escapeMarkdown, inline, oneLine } from './escape-markdown.ts';

/** Characters of an evidence sentence kept either side of its trigger. */
const QUOTED_AROUND = 80;

/**
 * A line per pair of countries, the acts between them under it, facts first:
 *
 *     - **Russia and Venezuela**
 *       - Vladimir Putin —consult (phone)→ Nicolás Maduro, 11 Dec 2025 — [A][B] · 2 outlets · 2 independent — "Putin **spoke** with Maduro by phone" [A]
 *       - *planned:* Russia —aid→ Venezuela — [D] · 1 outlet · 1 independent — "Russia **could supply** …" [D]
 */
export function renderRelations(context: ReportContext): string[] {
  if (!context.dossier.relations.length) return [];
  const { groups, more } = listRelations(context);
  return [
    '### Who relates to whom',
    ...groups.flatMap((group) => [
      `- **${describeGroup(group, inline)}**`,
      ...group.relations.map((relation) => `  - ${relationLine(relation, context)}`),
    ]),
    ...(more ? [`- ${describeMore(more, 'relations')}`] : []),
  ];
}

function relationLine(relation: Relation, context: ReportContext): string {
  const manner = describeManner(relation, context.entityName);
  const target = relation.targetActor ? inline(relation.targetActor.name) : '(no recipient)';
  const date = relation.date ? `, ${formatDate(relation.date)}` : '';
  const act = `${manner ? `*${inline(manner)}:* ` : ''}${inline(relation.sourceActor.name)} —${inline(describeAct(relation))}→ ${target}${date}`;
  const evidence = relation.evidence[0];
  const quoted = evidence ? ` — ${quoteEvidence(relation)} ${context.label(evidence.articleId)}` : '';
  return `${act} — ${context.cite(relation.articles)} · ${describeSupport(relation.support, relation.articles, context.articles)}${quoted}`;
}

/** `"Putin **spoke** with Maduro by phone on Thursday."`: the first evidence sentence, its trigger in bold, cut around it when long. */
function quoteEvidence(relation: Relation): string {
  const { before, trigger, after } = splitAtTrigger(relation.evidence[0]!, QUOTED_AROUND);
  const marked = trigger ? `**${escapeMarkdown(oneLine(trigger))}**` : '';
  return `"${oneLine(`${escapeMarkdown(before)}${marked}${escapeMarkdown(after)}`)}"`;
}
