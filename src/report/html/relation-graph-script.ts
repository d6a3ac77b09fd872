/**
 * The code that draws the actor graph, run after cytoscape.js: each `section.relation-graph` of the page
 * from the JSON inside it (see buildRelationGraph), once, however many times the code runs (a page that
 * joins several stories' pages may carry it once per story). Plain browser JavaScript, written as text so
 * nothing rewrites it: its SHA-256 goes into the page's CSP. Without JavaScript the section stays `hidden`
 * and the relations list under it says the same. Clicking an edge shows its relation's evidence sentences
 * under the graph, each linking to its `<mark>` in the article text; clicking a node shows every relation
 * it takes part in. Links are made with the section's id prefix ("s2-" on a joined page). The first graph
 * drawn is `window.relationGraph`, for tests and a curious reader's console.
 */
export const RELATION_GRAPH_SCRIPT = String.raw`(function () {
  'use strict';

  function element(tag, text, className) {
    var created = document.createElement(tag);
    if (text) created.textContent = text;
    if (className) created.className = className;
    return created;
  }

  function drawSection(section) {
    section.setAttribute('data-drawn', '');
    // "s2-relation-graph" on a page that joins stories: its links carry the same "s2-"
    var prefix = section.id.slice(0, section.id.length - 'relation-graph'.length);
    var local = function (href) { return '#' + prefix + href.slice(1); };
    var panel = section.querySelector('.relation-graph-evidence');
    var hint = panel.textContent;
    var data = JSON.parse(section.querySelector('script.relation-graph-data').textContent);

    function sentenceQuote(sentence) {
      var quote = element('blockquote', sentence.label + ' ');
      var words = element('bdi');
      words.append(sentence.before);
      if (sentence.trigger) words.append(element('b', sentence.trigger));
      words.append(sentence.after);
      var holder = element(sentence.href ? 'a' : 'span');
      if (sentence.href) holder.href = local(sentence.href);
      holder.append(words);
      quote.append(holder);
      if (sentence.speaker) quote.append(' ', element('span', '(said by ' + sentence.speaker + ')', 'muted'));
      return quote;
    }

    function relationBlock(index) {
      var relation = data.relations[index];
      var block = element('div', '', 'shown-relation');
      var head = element('p');
      if (relation.manner) head.append(element('em', relation.manner + ':', 'manner'), ' ');
      head.append(element('bdi', relation.act), ' ');
      relation.cited.forEach(function (cited) {
        var link = element('a', cited.label, 'label');
        link.href = local(cited.href);
        head.append(link);
      });
      if (relation.moreCited) head.append(' and ' + relation.moreCited + ' more');
      head.append(' ', element('span', relation.support, 'support'));
      block.append(head);
      relation.sentences.forEach(function (sentence) { block.append(sentenceQuote(data.sentences[sentence])); });
      if (relation.moreSentences) block.append(element('p', 'and ' + relation.moreSentences + ' more sentences in the list below', 'more'));
      return block;
    }

    section.hidden = false;
    try {
      var graph = cytoscape({
        container: section.querySelector('.relation-graph-canvas'),
        minZoom: 0.2,
        maxZoom: 4,
        style: [
          { selector: 'node', style: { label: 'data(label)', shape: 'data(shape)', width: 22, height: 22, 'background-color': '#d9d9d9', 'border-width': 1, 'border-color': '#555', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '120px' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
          { selector: 'edge[line = "dashed"]', style: { 'line-style': 'dashed', opacity: 0.75 } },
          { selector: ':selected', style: { 'overlay-color': '#e07000', 'overlay-opacity': 0.3, 'overlay-padding': 4 } }
        ]
      });
      var draw = function (level) {
        var drawn = data.levels[level];
        graph.elements().remove();
        graph.add(drawn.nodes.map(function (node) { return { group: 'nodes', data: node }; }).concat(drawn.edges.map(function (edge) { return { group: 'edges', data: edge }; })));
        // edges about a fifth of the width apart: a phone's graph is not drawn as wide as a laptop's, then shrunk
        var edgeLength = Math.max(60, Math.min(140, graph.width() / 5));
        // spread over the whole box at zoom 1, so labels stay readable however the force layout shapes the graph
        var box = { x1: 0, y1: 0, w: graph.width(), h: graph.height() };
        graph.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 24, boundingBox: box, idealEdgeLength: function () { return edgeLength; }, nodeRepulsion: function () { return edgeLength * edgeLength * 20; } }).run();
        if (graph.zoom() > 1.5) graph.zoom({ level: 1.5, renderedPosition: { x: graph.width() / 2, y: graph.height() / 2 } });
        panel.textContent = hint;
      };
      graph.on('tap', 'edge', function (event) { panel.replaceChildren(relationBlock(event.target.data('relation'))); });
      graph.on('tap', 'node', function (event) { panel.replaceChildren.apply(panel, event.target.data('relations').map(relationBlock)); });
      section.querySelectorAll('.levels input').forEach(function (input) {
        input.addEventListener('change', function () { if (input.checked) draw(input.value); });
      });
      draw('actor');
      if (!window.relationGraph) window.relationGraph = graph;
    } catch (error) {
      section.hidden = true;
      throw error;
    }
  }

  document.querySelectorAll('section.relation-graph:not([data-drawn])').forEach(drawSection);
})();
`;
