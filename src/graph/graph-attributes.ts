import type { GraphEdge, GraphNode } from './actor-graph.ts';
import { describeActsWithoutTarget, describeEvidence, describeManners, describeOverTime, typeAndMode } from './describe-edge.ts';

/** One column of a node or edge as GraphML and GEXF declare it: a name token, its value type, and how to read it. */
export interface GraphAttribute<T> {
  /** An XML name token, the same in both formats: "out_weight". */
  name: string;
  kind: 'string' | 'int' | 'double';
  /** The value, or null (or "") when the item has none: no <data>/<attvalue> is written then. */
  value: (item: T) => string | number | null;
}

const joined = (values: readonly string[]) => values.join('; ') || null;

/** Node columns beside the id and label (which both formats carry themselves). */
export const NODE_ATTRIBUTES: readonly GraphAttribute<GraphNode>[] = Object.freeze([
  { name: 'entity_id', kind: 'string', value: (node) => node.id },
  { name: 'actor_type', kind: 'string', value: (node) => node.type },
  { name: 'country', kind: 'string', value: (node) => node.country },
  { name: 'aliases', kind: 'string', value: (node) => joined(node.aliases) },
  { name: 'articles', kind: 'int', value: (node) => node.articles },
  { name: 'stories', kind: 'int', value: (node) => node.stories },
  { name: 'out_weight', kind: 'double', value: (node) => node.outWeight },
  { name: 'in_weight', kind: 'double', value: (node) => node.inWeight },
  { name: 'acts_without_target', kind: 'string', value: (node) => describeActsWithoutTarget(node.actsWithoutTarget) || null },
]);

/** Edge columns beside the ends, label and weight (which both formats carry themselves). */
export const EDGE_ATTRIBUTES: readonly GraphAttribute<GraphEdge>[] = Object.freeze([
  { name: 'plover_type', kind: 'string', value: (edge) => edge.type },
  { name: 'plover_mode', kind: 'string', value: (edge) => edge.mode },
  { name: 'type_and_mode', kind: 'string', value: (edge) => typeAndMode(edge) },
  { name: 'other_weight', kind: 'double', value: (edge) => edge.otherWeight },
  { name: 'reported', kind: 'string', value: (edge) => describeManners(edge.reported) || null },
  { name: 'contexts', kind: 'string', value: (edge) => joined(edge.contexts) },
  { name: 'auxiliary', kind: 'string', value: (edge) => joined(edge.auxiliary) },
  { name: 'asserted_by', kind: 'string', value: (edge) => joined(edge.assertedBy) },
  { name: 'first_date', kind: 'string', value: (edge) => edge.firstDate },
  { name: 'last_date', kind: 'string', value: (edge) => edge.lastDate },
  { name: 'over_time', kind: 'string', value: (edge) => describeOverTime(edge.overTime) || null },
  { name: 'articles', kind: 'int', value: (edge) => edge.articles },
  { name: 'stories', kind: 'int', value: (edge) => edge.stories },
  { name: 'evidence', kind: 'string', value: (edge) => describeEvidence(edge) || null },
]);

/** The value as the file writes it, or null when there is none to write. */
export function attributeText<T>(attribute: GraphAttribute<T>, item: T): string | null {
  const value = attribute.value(item);
  return value === null || value === '' ? null : String(value);
}
