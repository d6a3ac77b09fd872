/**
 * The script that draws each `.graph-canvas[data-graph]` of a page: it fetches the graph's JSON from the
 * server (the address in data-graph), shows the canvas and draws it with cytoscape.js (served by the server
 * too). Nodes are sized by the weight of their edges; an edge's width is its weight; a click on a node opens
 * its actor's page. Without JavaScript the canvas stays hidden and the table beside it says the same.
 */
export const GRAPH_SCRIPT = String.raw`(function () {
  'use strict';
  function draw(canvas) {
    fetch(canvas.getAttribute('data-graph'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (graph) {
        if (!graph || !graph.edges.length || typeof cytoscape !== 'function') return;
        canvas.hidden = false;
        var weightOf = function (node) { return node.outWeight + node.inWeight; };
        var heaviest = Math.max.apply(null, graph.nodes.map(weightOf).concat([1]));
        var elements = graph.nodes.map(function (node) {
          return { data: { id: node.id, label: node.label, size: 18 + 42 * Math.sqrt(weightOf(node) / heaviest) } };
        }).concat(graph.edges.map(function (edge) {
          return { data: { id: edge.id, source: edge.source, target: edge.target, label: edge.mode || edge.type, width: 1 + Math.min(8, edge.weight + edge.otherWeight), faint: edge.weight ? 1 : 0.45 } };
        }));
        var view = cytoscape({
          container: canvas,
          elements: elements,
          layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 110 },
          style: [
            { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1f5fa8', color: '#1d2330', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
            { selector: 'edge', style: { width: 'data(width)', opacity: 'data(faint)', 'line-color': '#8a94a6', 'target-arrow-color': '#8a94a6', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#5c6475', 'text-rotation': 'autorotate' } },
          ],
        });
        view.on('tap', 'node', function (event) { window.location.href = '/entities/' + encodeURIComponent(event.target.id()); });
        canvas.setAttribute('data-drawn', String(graph.edges.length));
        window.actorGraph = view;
      })
      .catch(function () { canvas.hidden = true; });
  }
  var canvases = document.querySelectorAll('.graph-canvas[data-graph]');
  for (var index = 0; index < canvases.length; index++) draw(canvases[index]);
})();
`;
