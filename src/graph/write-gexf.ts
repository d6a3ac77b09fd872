import type { ActorGraph, GraphEdge } from './actor-graph.ts';
import { escapeXmlAttribute, escapeXmlText } from './escape-xml.ts';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute } from './graph-attributes.ts';
import { typeAndMode } from './describe-edge.ts';

/** GEXF's own names for the value types of an attribute. */
const GEXF_TYPES = Object.freeze({ string: 'string', int: 'integer', double: 'double' });

/** A day GEXF can put on a time line (`timeformat="date"` is xs:date): "2025-12-10", not "2025-12" nor "2025". */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The actor graph as GEXF 1.3 (gexf.net), directed, every node and edge column declared in <attributes>.
 * Where edges are dated to days, the graph is dynamic (`timerepresentation="timestamp"`) and each such
 * edge carries its days as spells, so Gephi's timeline shows when each relation was reported to happen;
 * dates of a month or a year only stay in `first_date`, `last_date` and `over_time`. Each edge's `kind` is
 * its PLOVER type and mode, so Gephi keeps parallel edges of different types apart.
 */
export function* writeGexf(graph: ActorGraph): Generator<string> {
  const dynamic = graph.edges.some((edge) => edge.overTime.some((entry) => FULL_DATE.test(entry.date)));
  const time = dynamic ? ' mode="dynamic" timeformat="date" timerepresentation="timestamp"' : ' mode="static"';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta>\n    <creator>Triangulate</creator>\n    <description>${escapeXmlText(describeGraph(graph))}</description>\n  </meta>\n`;
  yield `  <graph defaultedgetype="directed"${time}>\n`;
  yield declare('node', NODE_ATTRIBUTES);
  yield declare('edge', EDGE_ATTRIBUTES);
  yield `    <nodes count="${graph.nodes.length}">\n`;
  for (const node of graph.nodes) {
    yield `      <node id="${escapeXmlAttribute(node.id)}" label="${escapeXmlAttribute(oneLine(node.label))}">\n${valuesOf(NODE_ATTRIBUTES, node)}      </node>\n`;
  }
  yield `    </nodes>\n    <edges count="${graph.edges.length}">\n`;
  for (const edge of graph.edges) yield writeEdge(edge);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function writeEdge(edge: GraphEdge): string {
  const label = escapeXmlAttribute(typeAndMode(edge));
  const ends = `source="${escapeXmlAttribute(edge.source)}" target="${escapeXmlAttribute(edge.target)}"`;
  const days = edge.overTime.filter((entry) => FULL_DATE.test(entry.date));
  const spells = days.length ? `        <spells>\n${days.map((entry) => `          <spell timestamp="${entry.date}"/>\n`).join('')}        </spells>\n` : '';
  return `      <edge id="${escapeXmlAttribute(edge.id)}" ${ends} weight="${edge.weight}" label="${label}" kind="${label}">\n${valuesOf(EDGE_ATTRIBUTES, edge)}${spells}      </edge>\n`;
}

function declare<T>(kind: 'node' | 'edge', attributes: readonly GraphAttribute<T>[]): string {
  const lines = attributes.map((attribute) => `      <attribute id="${attribute.name}" title="${attribute.name}" type="${GEXF_TYPES[attribute.kind]}"/>\n`);
  return `    <attributes class="${kind}">\n${lines.join('')}    </attributes>\n`;
}

function valuesOf<T>(attributes: readonly GraphAttribute<T>[], item: T): string {
  const values = attributes
    .map((attribute) => [attribute.name, attributeText(attribute, item)] as const)
    .filter(([, text]) => text !== null)
    .map(([name, text]) => `          <attvalue for="${name}" value="${escapeXmlAttribute(text!)}"/>\n`);
  return values.length ? `        <attvalues>\n${values.join('')}        </attvalues>\n` : '';
}

/** A label on one line: GEXF types labels as xs:token. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describeGraph(graph: ActorGraph): string {
  return `Actors at the ${graph.level} level from ${graph.stories} ${graph.stories === 1 ? 'story' : 'stories'}; edge weight: independent sources that report the act as fact or asserted by a speaker (other_weight: sources that report it only as alleged, denied, requested, planned or hypothetical).`;
}
