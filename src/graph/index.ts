import type { Dossier, RelationLevel } from '../model/index.ts';
import type { StoryRelations } from './actor-graph.ts';
import { aggregateRelations } from './aggregate-relations.ts';
import { writeCsv } from './write-csv.ts';
import { writeGexf } from './write-gexf.ts';
import { writeGraphJson } from './write-json.ts';
import { writeGraphml } from './write-graphml.ts';
import { writePolecat } from './write-polecat.ts';

export type { ActorGraph, ArticleFacts, GraphEdge, GraphNode, StoryRelations } from './actor-graph.ts';
export { aggregateRelations } from './aggregate-relations.ts';
export { CSV_COLUMNS } from './write-csv.ts';
export { POLECAT_COLUMNS, TRIANGULATE_COLUMNS } from './polecat-columns.ts';

/** `triangulate graph --format`: the graph (json, graphml, gexf) or its relations one a row (csv, polecat). */
export const GRAPH_FORMATS = Object.freeze(['json', 'graphml', 'gexf', 'csv', 'polecat'] as const);
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** `--level`: the people and bodies named, or the countries they act for. */
export const GRAPH_LEVELS = Object.freeze(['actor', 'country'] as const satisfies readonly RelationLevel[]);

/**
 * The relations of a batch's stories in one format, as pieces to write one after another. The graph
 * formats fold the relations into weighted edges (aggregateRelations); csv and polecat keep one row per
 * relation and sentence (csv) or relation and article (polecat).
 */
export function renderGraph(stories: readonly StoryRelations[], format: GraphFormat, level: RelationLevel): Iterable<string> {
  switch (format) {
    case 'json':
      return writeGraphJson(aggregateRelations(stories, level));
    case 'graphml':
      return writeGraphml(aggregateRelations(stories, level));
    case 'gexf':
      return writeGexf(aggregateRelations(stories, level));
    case 'csv':
      return writeCsv(stories, level);
    case 'polecat':
      return writePolecat(stories, level);
  }
}

/** What the graph keeps of a story's dossier: its relations, entities, and each article's source, date and kinship (not its text). */
export function storyRelations(dossier: Dossier): StoryRelations {
  return {
    relations: dossier.relations,
    entities: dossier.entities,
    articles: dossier.articles.map(({ id, source, outlet, kinship, published, title, language }) => ({ id, source, outlet, kinship, published, title, language })),
  };
}
