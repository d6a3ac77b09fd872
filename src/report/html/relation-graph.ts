import type { EntityType, Relation, RelationEnd, RelationLevel } from '../../model/index.ts';
import { isBetweenCountries } from '../../shared/relation-ends.ts';
import { countryRollups, describeAct, describeManner, splitAtTrigger } from '../relation-lines.ts';
import { describeSupport, formatDate } from '../report-context.ts';
import { capList } from '../report-options.ts';
import { articleAnchor, relationEvidenceAnchor, type HtmlContext } from './html-context.ts';
import { QUAD_COLOURS, quadCodeOf, UNCODED_COLOUR } from './quad-colours.ts';

/** What the page's graph script reads (JSON in the page): both levels, and the relations and sentences their edges show. */
export interface RelationGraphData {
  levels: Record<RelationLevel, { nodes: GraphNode[]; edges: GraphEdge[] }>;
  /** What clicking an edge or a node shows: indices into `relations`. */
  relations: ShownRelation[];
  sentences: ShownSentence[];
}

interface GraphNode {
  id: string;
  label: string;
  shape: string;
  /** Every relation it takes part in, a recipient-less one too (no edge draws that). */
  relations: number[];
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  colour: string;
  /** `solid` for a fact, `dashed` for anything only asserted, alleged, planned, … */
  line: 'solid' | 'dashed';
  width: number;
  relation: number;
}

/** A relation as the evidence panel writes it: "planned: Putin —consult (phone)→ Maduro · 11 Dec 2025", cited articles, support, sentences. */
interface ShownRelation {
  manner: string | null;
  act: string;
  cited: Array<{ label: string; href: string }>;
  moreCited: number;
  support: string;
  sentences: number[];
  moreSentences: number;
}

/** An evidence sentence split at its trigger, with the mark in the article text it links to (null: not in the text shown). */
interface ShownSentence {
  label: string;
  href: string | null;
  before: string;
  trigger: string;
  after: string;
  speaker: string | null;
}

const SHAPES: Readonly<Record<EntityType, string>> = Object.freeze({ person: 'ellipse', organization: 'round-rectangle', country: 'hexagon', place: 'diamond', other: 'ellipse' });

/** Edge width in pixels: 2 for one independent source, 2 more for each doubling, at most 12. */
function edgeWidth(independent: number): number {
  return Math.min(12, 2 + 2 * Math.log2(Math.max(1, independent)));
}

/**
 * The graph of the listed relations (`shown`: the same lines the list shows, so the cap holds for both):
 * at the actor level, each line; at the country level, the country relations those lines roll up into,
 * and the lines between countries already ("Russia condemned the seizure": the extractor makes no
 * country-level copy of those).
 */
export function buildRelationGraph(shown: readonly Relation[], context: HtmlContext): RelationGraphData {
  const countryLevel = context.dossier.relations.filter((relation) => relation.level === 'country');
  const countryEdges = new Set(
    shown.flatMap((relation) => {
      if (relation.level === 'country') return [relation];
      const rollups = countryRollups(relation, countryLevel);
      return rollups.length || !isBetweenCountries(relation) ? rollups : [relation];
    }),
  );
  const relations: ShownRelation[] = [];
  const sentences: ShownSentence[] = [];
  const sentenceIndex = new Map<string, number>();
  const relationIndex = new Map<Relation, number>();
  const indexOf = (relation: Relation) => {
    if (!relationIndex.has(relation)) {
      relationIndex.set(relation, relations.length);
      relations.push(showRelation(relation, context, sentences, sentenceIndex));
    }
    return relationIndex.get(relation)!;
  };
  return {
    levels: { actor: drawLevel(shown, indexOf), country: drawLevel([...countryEdges], indexOf) },
    relations,
    sentences,
  };
}

function drawLevel(relations: readonly Relation[], indexOf: (relation: Relation) => number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const node = (end: RelationEnd) => {
    const drawn = nodes.get(end.id) ?? { id: `n-${end.id}`, label: end.name, shape: SHAPES[end.type] ?? 'ellipse', relations: [] };
    nodes.set(end.id, drawn);
    return drawn;
  };
  const edges = relations.flatMap((relation): GraphEdge[] => {
    const index = indexOf(relation);
    const source = node(relation.sourceActor);
    source.relations.push(index);
    if (!relation.targetActor) return [];
    const target = node(relation.targetActor);
    if (target !== source) target.relations.push(index);
    const quad = quadCodeOf(relation.type);
    const manner = relation.reported === 'fact' ? null : relation.reported;
    return [{
      id: `e-${relation.id}`,
      source: source.id,
      target: target.id,
      label: `${manner ? `${manner}: ` : ''}${describeAct(relation)}`,
      colour: quad ? QUAD_COLOURS[quad] : UNCODED_COLOUR,
      line: manner ? 'dashed' : 'solid',
      width: edgeWidth(relation.support.independent),
      relation: index,
    }];
  });
  return { nodes: [...nodes.values()], edges };
}

function showRelation(relation: Relation, context: HtmlContext, sentences: ShownSentence[], sentenceIndex: Map<string, number>): ShownRelation {
  const target = relation.targetActor ? relation.targetActor.name : '(no recipient)';
  const { shown, more } = capList(relation.evidence, context.limits.listed);
  const cited = capList(context.inOrder(relation.articles), context.limits.cited);
  return {
    manner: describeManner(relation, context.entityName),
    act: `${relation.sourceActor.name} —${describeAct(relation)}→ ${target}${relation.date ? ` · ${formatDate(relation.date)}` : ''}`,
    cited: cited.shown.map((id) => ({ label: context.label(id), href: `#${articleAnchor(id)}` })),
    moreCited: cited.more,
    support: describeSupport(relation.support, relation.articles, context.articles),
    sentences: shown.map((evidence) => {
      const anchor = relationEvidenceAnchor(evidence);
      const key = `${anchor} ${evidence.trigger.start}`;
      if (!sentenceIndex.has(key)) {
        sentenceIndex.set(key, sentences.length);
        sentences.push({ label: context.label(evidence.articleId), href: context.href(anchor), ...splitAtTrigger(evidence), speaker: evidence.speaker });
      }
      return sentenceIndex.get(key)!;
    }),
    moreSentences: more,
  };
}
