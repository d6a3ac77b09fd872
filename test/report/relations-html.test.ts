import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type { Dossier } from '../../src/model/index.ts';
import { articleAnchor, relationEvidenceAnchor } from '../../src/report/html/html-context.ts';
import type { RelationGraphData } from '../../src/report/html/relation-graph.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { analyzeRelationStory, withStoryRelations } from './relation-story.ts';

/** The page's `<script>` elements: id (or class), type and text. */
function scriptsOf(html: string): Array<{ name: string; type: string | null; text: string }> {
  return [...html.matchAll(/<script(?: id="([^"]+)")?(?: type="([^"]+)")?(?: class="([^"]+)")?>([\s\S]*?)<\/script>/g)].map((match) => ({ name: (match[1] ?? match[3])!, type: match[2] ?? null, text: match[4]! }));
}

function graphData(html: string): RelationGraphData {
  return JSON.parse(scriptsOf(html).find((script) => script.name === 'relation-graph-data')!.text) as RelationGraphData;
}

/** The HTML of one `<article>` of the page, by article id. */
function articleHtml(html: string, articleId: string): string {
  const start = html.indexOf(`<article id="${articleAnchor(articleId)}">`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('the HTML relations section and actor graph, on a story the pipeline read with relations over its real sentences', () => {
  let dossier: Dossier;
  let html: string;
  before(async () => {
    dossier = withStoryRelations(await analyzeRelationStory());
    html = renderHtml(dossier);
  });

  test('each listed relation opens in place to its sentences, the trigger in bold, each linking to its mark in the article text', () => {
    const item = html.match(/<li id="relation-item-r-call" class="relation"><details><summary>(.*?)<\/summary>(.*?)<\/details><\/li>/)?.slice(1);
    assert.ok(item, 'the call is listed');
    assert.match(item[0]!, /^<bdi>Vladimir Putin<\/bdi> —<strong>consult \(phone\)<\/strong>→ <bdi>Nicolás Maduro<\/bdi> <span class="muted">11 Dec 2025<\/span> <a class="label" href="#article-[^"]+">\[A\]<\/a><a class="label" href="#article-[^"]+">\[C\]<\/a> <span class="support">2 articles, outlets unknown · 2 independent<\/span>$/);
    const call = dossier.relations.find((relation) => relation.id === 'r-call')!;
    for (const evidence of call.evidence) {
      const anchor = relationEvidenceAnchor(evidence);
      assert.ok(item[1]!.includes(`<a href="#${anchor}"><bdi>`), anchor);
      const article = articleHtml(html, evidence.articleId);
      assert.match(article, new RegExp(`<mark class="relation" id="${anchor}" title="Relation: ⁨Vladimir Putin⁩ —consult \\(phone\\)→ ⁨Nicolás Maduro⁩ · ⁨Russia⁩ —consult \\(phone\\)→ ⁨Venezuela⁩">`), `${anchor} is marked in its article, titled with the acts it tells`);
      assert.match(article, new RegExp(`<mark class="trigger" id="${anchor}-trigger-\\d+-\\d+" title="[^"]+">spoke</mark>`), 'its trigger marked inside it');
    }
  });

  test('what is not a fact is labelled so on its line, after the facts of its pair of countries (either way round: Russia → United States, then United States → Russia)', () => {
    const labels = [...html.matchAll(/<li id="relation-item-([^"]+)" class="relation"><details><summary>(?:<em class="manner">([^<]+)<\/em>)?/g)].map((match) => [match[1], match[2] ?? null]);
    assert.deepEqual(labels, [
      ['r-call', null],
      ['r-solidarity', 'asserted by the Kremlin:'],
      ['r-supply', 'hypothetical:'],
      ['r-condemn', null],
      ['r-russian-ship', 'denied:'],
      ['r-seizure', null],
      ['r-warships', null],
    ]);
  });

  test('the graph: hidden until its script draws it, both levels, edges coloured by quad code, dashed when not a fact, wider with more independent sources', () => {
    assert.match(html, /<section id="relation-graph" class="relation-graph" hidden><form class="levels">/);
    const data = graphData(html);
    assert.deepEqual(data.levels.actor.nodes.map((node) => node.label).sort(), ['Nicolás Maduro', 'Russia', 'United States', 'Venezuela', 'Vladimir Putin']);
    assert.deepEqual(data.levels.country.nodes.map((node) => node.label).sort(), ['Russia', 'United States', 'Venezuela']);
    // the call by its roll-up, the rest as they are: their ends are countries already
    assert.deepEqual(data.levels.country.edges.map((edge) => edge.id).sort(), ['e-r-call-countries', 'e-r-condemn', 'e-r-russian-ship', 'e-r-seizure', 'e-r-supply']);
    const edge = (id: string) => data.levels.actor.edges.find((item) => item.id === `e-${id}`)!;
    assert.deepEqual([edge('r-call').colour, edge('r-seizure').colour, edge('r-condemn').colour], ['#56B4E9', '#D55E00', '#E69F00'], 'verbal cooperation, material conflict, verbal conflict');
    assert.deepEqual([edge('r-call').line, edge('r-supply').line, edge('r-solidarity').line], ['solid', 'dashed', 'dashed']);
    assert.ok(edge('r-call').width > edge('r-seizure').width, '2 independent sources draw wider than 1');
    assert.equal(data.levels.actor.edges.length, 6, 'the deployment has no recipient: no edge, its node shows it');
    const shown = data.relations[edge('r-call').relation]!;
    assert.equal(shown.act, 'Vladimir Putin —consult (phone)→ Nicolás Maduro · 11 Dec 2025');
    assert.deepEqual(shown.sentences.map((index) => data.sentences[index]!.trigger), ['spoke', 'spoke']);
    assert.ok(shown.sentences.every((index) => html.includes(`id="${data.sentences[index]!.href!.slice(1)}"`)), 'each sentence links to its mark');
  });

  test('an article\'s "</script>" cannot end the graph\'s JSON early, and the CSP lets exactly the page\'s own code run', () => {
    const scripts = scriptsOf(html);
    assert.deepEqual(scripts.map((script) => [script.name, script.type]), [['relation-graph-data', 'application/json'], ['cytoscape', null], ['relation-graph-code', null]]);
    assert.equal(html.match(/<script/g)!.length, 3);
    assert.ok(JSON.stringify(graphData(html)).includes('window.__pwned=1</script>') || JSON.stringify(graphData(html)).includes('pwned=1</script>'), 'the hostile sentence reads back as written');
    const csp = html.match(/content="default-src 'none'; style-src 'unsafe-inline'; script-src ([^;]+); base-uri 'none'; form-action 'none'"/)?.[1];
    const hashes = scripts.filter((script) => script.type === null).map((script) => `'sha256-${createHash('sha256').update(script.text).digest('base64')}'`);
    assert.equal(csp, hashes.join(' '));
  });

  test('no relations: no section, no graph, no script, a CSP that runs none', () => {
    const bare = renderHtml({ ...dossier, relations: [] });
    assert.doesNotMatch(bare, /<h2 id="relations"|<section id="relation-graph"|<script|class="relation"/);
    assert.match(bare, /script-src 'none'/);
  });

  test('the graph and the list show the same capped relations: --top 2 draws two edges', () => {
    const capped = renderHtml(dossier, { top: 2 });
    assert.equal(graphData(capped).levels.actor.edges.length, 2);
    assert.ok(capped.includes('<p class="more">and 5 more relations (--full shows all)</p>'));
  });

  test('the page grows by cytoscape.js (about 440 KB) and the graph data only', () => {
    const bare = renderHtml({ ...dossier, relations: [] });
    const growth = Buffer.byteLength(html) - Buffer.byteLength(bare);
    assert.ok(growth > 400_000 && growth < 470_000, `${growth} bytes`);
  });
});

describe('the HTML relations section and graph of the real pipeline on a story written for it', () => {
  let html: string;
  before(async () => {
    html = renderHtml(await analyzeRelationStory());
  });

  test('the graph draws the extractor\'s relations: the seizure in the colour of material conflict, the call, and at the country level Russia → Venezuela', () => {
    const data = graphData(html);
    const edgeBetween = (level: 'actor' | 'country', source: string, target: string) => {
      const id = (label: string) => data.levels[level].nodes.find((node) => node.label === label)?.id;
      return data.levels[level].edges.filter((edge) => edge.source === id(source) && edge.target === id(target));
    };
    assert.deepEqual(edgeBetween('actor', 'United States', 'Venezuela').map((edge) => [edge.label, edge.colour, edge.line]), [['coerce (seize)', '#D55E00', 'solid']]);
    assert.ok(edgeBetween('actor', 'Vladimir Putin', 'Nicolás Maduro').some((edge) => edge.label.startsWith('consult')), 'the call');
    assert.ok(edgeBetween('country', 'Russia', 'Venezuela').some((edge) => edge.label.startsWith('consult')), 'the call between the countries');
    for (const sentence of data.sentences) assert.ok(sentence.href && html.includes(`<mark class="relation" id="${sentence.href.slice(1)}"`), `${sentence.trigger}: its mark in the article`);
  });

  test('the list opens each relation to its sentences, and labels what is not a fact', () => {
    assert.match(html, /<summary><em class="manner">denied:<\/em> <bdi>United States<\/bdi> —<strong>coerce \(seize\)<\/strong>→ <bdi>Russia<\/bdi> /);
    assert.match(html, /<summary><em class="manner">asserted by the Kremlin:<\/em> <bdi>Vladimir Putin<\/bdi> —<strong>support<\/strong>→ <bdi>Venezuela<\/bdi> /);
    assert.match(html, /<blockquote>\[C\] <a href="#relation-[^"]+"><bdi>U\.S\. forces <b>seized<\/b> an oil tanker/);
  });
});
