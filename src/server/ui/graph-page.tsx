import type { ActorGraph, GraphEdge } from '../../graph/index.ts';
import { DayFields, Layout } from './layout.tsx';

/** Edges listed under the graph (the drawing shows them all). */
const EDGES_LISTED = 100;

export interface GraphFilter {
  story?: string;
  actor?: string;
  from?: string;
  to?: string;
  level: 'actor' | 'country';
}

/**
 * The actor graph across stories (or of one story, one actor, a span of days): drawn by the page's script
 * from the same JSON the API gives, and listed as a table, which is all a reader without JavaScript sees.
 */
export function GraphPage({ graph, filter }: { graph: ActorGraph; filter: GraphFilter }) {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => !!entry[1]));
  const edges = heaviestFirst(graph.edges);
  return (
    <Layout title="Actor graph" wide scripts={['/assets/cytoscape.min.js', '/assets/graph.js']}>
      <h1>Actor graph</h1>
      <p class="lede">
        Who supports, pressures, sanctions or meets whom, over {graph.stories} {graph.stories === 1 ? 'story' : 'stories'}: {graph.nodes.length} actors, {graph.edges.length} relations. An edge's weight counts independent sources.
      </p>
      <form class="filters" action="/graph" method="get">
        {filter.story ? <input type="hidden" name="story" value={filter.story} /> : null}
        <label>
          Actor
          <input type="text" name="actor" value={filter.actor ?? ''} placeholder="a name or id" />
        </label>
        <DayFields from={filter.from} to={filter.to} />
        <label>
          Level
          <select name="level">
            <option value="actor" selected={filter.level === 'actor'}>
              people and bodies
            </option>
            <option value="country" selected={filter.level === 'country'}>
              countries
            </option>
          </select>
        </label>
        <button type="submit">Draw</button>
      </form>
      <div class="graph-canvas" hidden data-graph={`/api/graph?${query}&format=json`} aria-label="The actor graph" />
      <p class="small">
        Download: {(['json', 'graphml', 'gexf', 'csv', 'polecat'] as const).map((format, index) => [index ? ' · ' : '', <a href={`/api/graph?${query}&format=${format}`}>{format}</a>])}
      </p>
      {edges.length ? (
        <EdgeTable graph={graph} edges={edges.slice(0, EDGES_LISTED)} />
      ) : (
        <p class="muted">No relation between actors in these stories.</p>
      )}
    </Layout>
  );
}

/** Edges, those told by the most independent sources first. */
export function heaviestFirst(edges: readonly GraphEdge[]): GraphEdge[] {
  return [...edges].sort((a, b) => b.weight + b.otherWeight - (a.weight + a.otherWeight));
}

/** Relations as rows: who does what to whom, told by how many independent sources (as fact, and otherwise), in how many stories, when. */
export function EdgeTable({ graph, edges }: { graph: ActorGraph; edges: readonly GraphEdge[] }) {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const actor = (id: string) => (
    <a href={`/entities/${encodeURIComponent(id)}`}>
      <bdi>{label.get(id) ?? id}</bdi>
    </a>
  );
  return (
    <table class="plain" id="edges">
      <thead>
        <tr>
          <th>Who</th>
          <th>Does</th>
          <th>To whom</th>
          <th>Sources (as fact)</th>
          <th>Other sources</th>
          <th>Stories</th>
          <th>Dates</th>
        </tr>
      </thead>
      <tbody>
        {edges.map((edge) => (
          <tr>
            <td>{actor(edge.source)}</td>
            <td>{edge.mode ?? edge.type}</td>
            <td>{actor(edge.target)}</td>
            <td>{edge.weight}</td>
            <td>{edge.otherWeight}</td>
            <td>{edge.stories}</td>
            <td class="small">{edge.firstDate ? (edge.firstDate === edge.lastDate ? edge.firstDate : `${edge.firstDate} – ${edge.lastDate}`) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
