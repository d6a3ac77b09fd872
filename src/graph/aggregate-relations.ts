import type { Relation, RelationEnd, RelationLevel } from '../model/index.ts';
import type { ActorGraph, EdgeEvidence, GraphEdge, GraphNode, StoryRelations } from './actor-graph.ts';
import { createSourceKeys, indexArticles, type ArticleInStory } from './batch-articles.ts';
import { isAtLevel } from './relations-at-level.ts';
import { countSource, sourcesPerManner, weightsOf, type WeightTally } from './weight-tally.ts';

interface NodeTally {
  end: RelationEnd;
  stories: Set<number>;
  relationArticles: Set<string>;
  actsWithoutTarget: Map<string, { type: Relation['type']; mode: string | null; tally: WeightTally }>;
}

interface EdgeTally {
  source: string;
  target: string;
  relation: Relation;
  tally: WeightTally;
  byDate: Map<string, WeightTally>;
  contexts: Set<string>;
  auxiliary: Set<Relation['auxiliary'][number]>;
  assertedBy: Set<string>;
  articles: Set<string>;
  stories: Set<number>;
  relations: Array<{ story: number; id: string }>;
  evidence: EdgeEvidence[];
}

/**
 * The actor graph of a batch at one level: every relation of that level (see isAtLevel), from every story, folded into one
 * edge per source, target, PLOVER type and mode, weighted by independent sources (see weight-tally.ts and
 * batch-articles.ts). The same actor in two stories is one node: entity ids are the same for the same actor.
 * A relation without a recipient makes no edge; its actor is a node all the same.
 */
export function aggregateRelations(stories: readonly StoryRelations[], level: RelationLevel): ActorGraph {
  const articles = indexArticles(stories);
  const sourceOf = createSourceKeys(articles);
  const nodes = new Map<string, NodeTally>();
  const edges = new Map<string, EdgeTally>();
  const nodeOf = (end: RelationEnd): NodeTally => {
    const node = nodes.get(end.id) ?? { end, stories: new Set(), relationArticles: new Set(), actsWithoutTarget: new Map() };
    if (!node.end.country && end.country) node.end = { ...node.end, country: end.country };
    nodes.set(end.id, node);
    return node;
  };
  stories.forEach((story, position) => {
    const number = position + 1;
    for (const relation of story.relations) {
      if (!isAtLevel(relation, level)) continue;
      const ends = [nodeOf(relation.sourceActor), ...(relation.targetActor ? [nodeOf(relation.targetActor)] : [])];
      for (const node of ends) {
        node.stories.add(number);
        for (const id of relation.articles) node.relationArticles.add(id);
      }
      if (!relation.target || !relation.targetActor) {
        const key = `${relation.type}|${relation.mode ?? ''}`;
        const act = ends[0]!.actsWithoutTarget.get(key) ?? { type: relation.type, mode: relation.mode, tally: new Map() };
        for (const id of relation.articles) countSource(act.tally, relation.reported, sourceOf(id));
        ends[0]!.actsWithoutTarget.set(key, act);
        continue;
      }
      const key = [relation.source, relation.target, relation.type, relation.mode ?? ''].join('|');
      const edge = edges.get(key) ?? newEdge(relation);
      addRelation(edge, relation, number, articles, sourceOf);
      edges.set(key, edge);
    }
  });
  const entities = entitiesById(stories);
  const graphEdges = [...edges.values()].map(toEdge).sort((a, b) => b.weight - a.weight || b.otherWeight - a.otherWeight || a.id.localeCompare(b.id));
  const weights = summedWeights(graphEdges);
  const graphNodes = [...nodes.values()].map((node) => toNode(node, entities.get(node.end.id), weights));
  graphNodes.sort((a, b) => b.outWeight + b.inWeight - (a.outWeight + a.inWeight) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  return { level, stories: stories.length, nodes: graphNodes, edges: graphEdges };
}

function newEdge(relation: Relation): EdgeTally {
  return {
    source: relation.source,
    target: relation.target!,
    relation,
    tally: new Map(),
    byDate: new Map(),
    contexts: new Set(),
    auxiliary: new Set(),
    assertedBy: new Set(),
    articles: new Set(),
    stories: new Set(),
    relations: [],
    evidence: [],
  };
}

function addRelation(edge: EdgeTally, relation: Relation, story: number, articles: ReadonlyMap<string, ArticleInStory>, sourceOf: (id: string) => string): void {
  for (const id of relation.articles) {
    countSource(edge.tally, relation.reported, sourceOf(id));
    edge.articles.add(id);
  }
  for (const context of relation.contexts) edge.contexts.add(context);
  for (const mode of relation.auxiliary) edge.auxiliary.add(mode);
  for (const speaker of relation.assertedBy) edge.assertedBy.add(speaker);
  edge.stories.add(story);
  edge.relations.push({ story, id: relation.id });
  for (const item of relation.evidence) {
    const article = articles.get(item.articleId)?.article;
    // "seized a tanker on Wednesday" → that Wednesday; a sentence with no date → the day its article came out
    const date = item.date ?? article?.published ?? null;
    if (date) {
      const tally = edge.byDate.get(date) ?? new Map();
      countSource(tally, item.reported, sourceOf(item.articleId));
      edge.byDate.set(date, tally);
    }
    edge.evidence.push({
      story,
      relationId: relation.id,
      articleId: item.articleId,
      outlet: article?.outlet ?? null,
      start: item.start,
      end: item.end,
      text: item.text,
      trigger: item.trigger,
      reported: item.reported,
      auxiliary: item.auxiliary,
      speaker: item.speaker,
      date: item.date,
    });
  }
}

function toEdge(edge: EdgeTally): GraphEdge {
  const { type, mode } = edge.relation;
  const overTime = [...edge.byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, tally]) => ({ date, ...weightsOf(tally) }));
  return {
    id: [edge.source, type, ...(mode ? [mode] : []), edge.target].join('-'),
    source: edge.source,
    target: edge.target,
    type,
    mode,
    ...weightsOf(edge.tally),
    reported: sourcesPerManner(edge.tally),
    contexts: [...edge.contexts].sort(),
    auxiliary: [...edge.auxiliary].sort(),
    assertedBy: [...edge.assertedBy],
    firstDate: overTime[0]?.date ?? null,
    lastDate: overTime[overTime.length - 1]?.date ?? null,
    overTime,
    articles: edge.articles.size,
    stories: edge.stories.size,
    relations: edge.relations,
    evidence: edge.evidence,
  };
}

interface EntityFacts {
  aliases: Set<string>;
  articles: Set<string>;
}

/** Each entity's aliases and articles over all stories (an actor of several stories is in each with that story's articles). */
function entitiesById(stories: readonly StoryRelations[]): Map<string, EntityFacts> {
  const byId = new Map<string, EntityFacts>();
  for (const story of stories) {
    for (const entity of story.entities) {
      const facts = byId.get(entity.id) ?? { aliases: new Set<string>(), articles: new Set<string>() };
      for (const alias of [entity.name, ...entity.aliases]) facts.aliases.add(alias);
      for (const id of entity.articles) facts.articles.add(id);
      byId.set(entity.id, facts);
    }
  }
  return byId;
}

/** Each node's summed edge weights, out and in. */
function summedWeights(edges: readonly GraphEdge[]): Map<string, { out: number; in: number }> {
  const sums = new Map<string, { out: number; in: number }>();
  const sumOf = (id: string) => sums.get(id) ?? sums.set(id, { out: 0, in: 0 }).get(id)!;
  for (const edge of edges) {
    sumOf(edge.source).out += edge.weight;
    sumOf(edge.target).in += edge.weight;
  }
  return sums;
}

function toNode(node: NodeTally, entity: EntityFacts | undefined, weights: ReadonlyMap<string, { out: number; in: number }>): GraphNode {
  const { id, name, type, country } = node.end;
  return {
    id,
    label: name,
    type,
    country,
    aliases: [...(entity?.aliases ?? [])].filter((alias) => alias !== name),
    articles: (entity?.articles.size ? entity.articles : node.relationArticles).size,
    stories: node.stories.size,
    outWeight: weights.get(id)?.out ?? 0,
    inWeight: weights.get(id)?.in ?? 0,
    actsWithoutTarget: [...node.actsWithoutTarget.values()].map((act) => ({ type: act.type, mode: act.mode, ...weightsOf(act.tally) })),
  };
}
