import type { ActorGraph } from './actor-graph.ts';

/** What an edge's weights count, said in the file itself. */
export const WEIGHT_NOTE =
  'weight: independent sources (syndicated and near-duplicate copies count once, two articles of one outlet once, summed over stories) that report the act as fact or as asserted by a speaker; otherWeight: independent sources that report it only as alleged, denied, requested, planned or hypothetical; overTime dates an act by its sentence, else by its article’s publication date';

/**
 * The actor graph as JSON, everything kept: `{level, stories, weights, nodes: [...], edges: [...]}`, each
 * node and edge on a line of its own, written piece by piece (a large batch's evidence is never one string).
 */
export function* writeGraphJson(graph: ActorGraph): Generator<string> {
  yield `{"level":${JSON.stringify(graph.level)},"stories":${graph.stories},"weights":${JSON.stringify(WEIGHT_NOTE)},\n"nodes":[`;
  for (const [index, node] of graph.nodes.entries()) yield `${index ? ',' : ''}\n${JSON.stringify(node)}`;
  yield '\n],\n"edges":[';
  for (const [index, edge] of graph.edges.entries()) yield `${index ? ',' : ''}\n${JSON.stringify(edge)}`;
  yield '\n]}\n';
}
