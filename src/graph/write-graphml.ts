import type { ActorGraph, GraphEdge, GraphNode } from './actor-graph.ts';
import { createNameTokens, escapeXmlAttribute, escapeXmlText } from './escape-xml.ts';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute } from './graph-attributes.ts';
import { typeAndMode } from './describe-edge.ts';

/** GraphML's own names for the value types of `attr.type`. */
const GRAPHML_TYPES = Object.freeze({ string: 'string', int: 'int', double: 'double' });

/** The columns every node and edge carries first: the label Gephi shows and the weight it sizes edges by. */
const NODE_KEYS: readonly GraphAttribute<GraphNode>[] = [{ name: 'label', kind: 'string', value: (node) => node.label }, ...NODE_ATTRIBUTES];
const EDGE_KEYS: readonly GraphAttribute<GraphEdge>[] = [
  { name: 'label', kind: 'string', value: (edge) => typeAndMode(edge) },
  { name: 'weight', kind: 'double', value: (edge) => edge.weight },
  ...EDGE_ATTRIBUTES,
];

/**
 * The actor graph as GraphML 1.0 (graphml.graphdrawing.org), directed, with a <key> for every column: node
 * keys `n_<name>`, edge keys `e_<name>`, each with `attr.name` and `attr.type`. Ids are XML name tokens (the
 * entity id where it is one already; `entity_id` keeps it as given). Written piece by piece.
 */
export function* writeGraphml(graph: ActorGraph): Generator<string> {
  const idOf = createNameTokens();
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="g_level" for="graph" attr.name="level" attr.type="string"/>\n';
  yield '  <key id="g_stories" for="graph" attr.name="stories" attr.type="int"/>\n';
  for (const key of NODE_KEYS) yield `  <key id="n_${key.name}" for="node" attr.name="${key.name}" attr.type="${GRAPHML_TYPES[key.kind]}"/>\n`;
  for (const key of EDGE_KEYS) yield `  <key id="e_${key.name}" for="edge" attr.name="${key.name}" attr.type="${GRAPHML_TYPES[key.kind]}"/>\n`;
  yield `  <graph id="actors" edgedefault="directed">\n`;
  yield `    <data key="g_level">${graph.level}</data>\n`;
  yield `    <data key="g_stories">${graph.stories}</data>\n`;
  for (const node of graph.nodes) {
    yield `    <node id="${escapeXmlAttribute(idOf(node.id))}">\n${dataOf('n', NODE_KEYS, node)}    </node>\n`;
  }
  const edgeIdOf = createNameTokens();
  for (const edge of graph.edges) {
    const ends = `source="${escapeXmlAttribute(idOf(edge.source))}" target="${escapeXmlAttribute(idOf(edge.target))}"`;
    yield `    <edge id="${escapeXmlAttribute(edgeIdOf(edge.id))}" ${ends}>\n${dataOf('e', EDGE_KEYS, edge)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function dataOf<T>(prefix: 'n' | 'e', keys: readonly GraphAttribute<T>[], item: T): string {
  return keys
    .map((key) => [key, attributeText(key, item)] as const)
    .filter(([, text]) => text !== null)
    .map(([key, text]) => `      <data key="${prefix}_${key.name}">${escapeXmlText(text!)}</data>\n`)
    .join('');
}
