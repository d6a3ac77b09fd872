import type { ActWithoutTarget, DatedWeights, GraphEdge } from './actor-graph.ts';

/** "coerce/seize", or "support" for a type without a mode. */
export function typeAndMode(item: Pick<GraphEdge, 'type' | 'mode'>): string {
  return item.mode ? `${item.type}/${item.mode}` : item.type;
}

/** Weights in a line a spreadsheet or Gephi shows whole: "2" or "1 (+2 not as fact)". */
export function describeWeights(item: { weight: number; otherWeight: number }): string {
  return item.otherWeight ? `${item.weight} (+${item.otherWeight} not as fact)` : String(item.weight);
}

/** "fact: 2; denied: 1". */
export function describeManners(reported: GraphEdge['reported']): string {
  return Object.entries(reported)
    .map(([manner, sources]) => `${manner}: ${sources}`)
    .join('; ');
}

/** "2025-12-10: 2; 2025-12-11: 1 (+1 not as fact)". */
export function describeOverTime(overTime: readonly DatedWeights[]): string {
  return overTime.map((entry) => `${entry.date}: ${describeWeights(entry)}`).join('; ');
}

/** "protest/demo: 2; accuse: 0 (+1 not as fact)". */
export function describeActsWithoutTarget(acts: readonly ActWithoutTarget[]): string {
  return acts.map((act) => `${typeAndMode(act)}: ${describeWeights(act)}`).join('; ');
}

/** Each sentence behind the edge on a line of its own, after its article and manner: "[a1b2c3, denied] Russia did not …". */
export function describeEvidence(edge: Pick<GraphEdge, 'evidence'>): string {
  return edge.evidence.map((item) => `[${item.articleId}, ${item.reported}] ${item.text.replace(/\s+/g, ' ').trim()}`).join('\n');
}
