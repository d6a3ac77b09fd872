import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ActorGraph, GraphEdge } from '../../src/graph/index.ts';
import { CSV_COLUMNS, POLECAT_COLUMNS, TRIANGULATE_COLUMNS } from '../../src/graph/index.ts';
import { triangulate } from '../cli/run-cli.ts';
import { validateGexf, validateGraphml } from './validate-xml.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-graph-'));

/** Four short reports: a seizure and its condemnation; the same wire story twice (Yahoo's a syndicated copy of AP's); a pledge of aid. */
const ARTICLES = {
  'reuters.json': {
    title: 'U.S. forces seize oil tanker off Venezuela',
    outlet: 'Reuters',
    published: '2025-12-11',
    text: 'U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday, officials said.\n\nVenezuelan President Nicolás Maduro condemned the seizure of the tanker by U.S. forces.',
  },
  'ap.json': {
    title: 'Russia and China condemn tanker seizure',
    outlet: 'Associated Press',
    published: '2025-12-12',
    text: 'Russia and China condemned the seizure of the tanker by U.S. forces.\n\nRussian President Vladimir Putin spoke by phone with Nicolás Maduro on Thursday, the Kremlin said.',
  },
  'yahoo.json': {
    title: 'Russia, China condemn tanker seizure',
    outlet: 'Yahoo News',
    published: '2025-12-12',
    text: 'Russia and China condemned the seizure of the tanker by U.S. forces.\n\nRussian President Vladimir Putin spoke by phone with Nicolás Maduro on Thursday, the Kremlin said in a statement.',
  },
  'bbc.json': {
    title: 'Poland pledges military aid to Ukraine',
    outlet: 'BBC News',
    published: '2025-12-08',
    text: 'Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw on Monday.\n\nPoland pledged new military aid to Ukraine, and Russia condemned the pledge.',
  },
};
const inputs = Object.entries(ARTICLES).map(([name, article]) => {
  writeFileSync(join(folder, name), JSON.stringify(article));
  return join(folder, name);
});

const run = (...args: string[]) => triangulate(['graph', ...inputs, '--quiet', ...args]);
const countries: ActorGraph = JSON.parse(run('--format', 'json', '--level', 'country').stdout);
const actors: ActorGraph = JSON.parse(run('--format', 'json', '--level', 'actor').stdout);

/** The edge between two actors named so, of a type (and mode, when given). */
function edgeBetween(graph: ActorGraph, source: string, type: string, target: string, mode?: string): GraphEdge | undefined {
  const idOf = (label: string) => graph.nodes.find((node) => node.label === label)?.id;
  return graph.edges.find((edge) => edge.source === idOf(source) && edge.target === idOf(target) && edge.type === type && (mode === undefined || edge.mode === mode));
}

const describe = (graph: ActorGraph) => {
  const labelOf = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return graph.edges.map((edge) => `${labelOf(edge.source)} -${edge.type}${edge.mode ? `/${edge.mode}` : ''}(${edge.weight}+${edge.otherWeight})-> ${labelOf(edge.target)}`).join('\n');
};

test('country level: the condemnations, the call, the meeting and the pledge are edges, read from the articles', () => {
  const found = describe(countries);
  for (const [source, type, target, mode] of [
    ['Russia', 'accuse', 'United States', 'disapprove'],
    ['China', 'accuse', 'United States', 'disapprove'],
    ['Venezuela', 'accuse', 'United States', 'disapprove'],
    ['Russia', 'consult', 'Venezuela', 'phone'],
    ['Ukraine', 'consult', 'Poland', undefined],
    // "pledged new military aid": a promise is AGREE in PLOVER 0.8 ("agree to, offer, promise")
    ['Poland', 'agree', 'Ukraine', undefined],
  ] as const) {
    assert.ok(edgeBetween(countries, source, type, target, mode), `${source} -${type}${mode ? `/${mode}` : ''}-> ${target} among:\n${found}`);
  }
});

test('actor level: the leaders are the ends ("Putin spoke by phone with Maduro", "Zelensky met Duda")', () => {
  const found = describe(actors);
  assert.ok(edgeBetween(actors, 'Vladimir Putin', 'consult', 'Nicolás Maduro', 'phone'), found);
  assert.ok(edgeBetween(actors, 'Volodymyr Zelensky', 'consult', 'Andrzej Duda') ?? edgeBetween(actors, 'Andrzej Duda', 'consult', 'Volodymyr Zelensky'), found);
});

test('weights count independent sources: the Yahoo copy of the AP story adds nothing; "the Kremlin said" is asserted and counts', () => {
  const condemnation = edgeBetween(countries, 'Russia', 'accuse', 'United States', 'disapprove')!;
  assert.equal(condemnation.articles, 2, 'AP and its Yahoo copy both carry it');
  assert.equal(condemnation.weight, 1, 'but they are one source');
  const call = edgeBetween(countries, 'Russia', 'consult', 'Venezuela', 'phone')!;
  assert.equal(call.weight, 1);
  assert.ok(call.reported.asserted ?? call.reported.fact, JSON.stringify(call.reported));
  assert.ok(call.evidence.every((item) => item.text.includes('phone')), 'each edge keeps its evidence sentences');
});

test('the seizure is coerce/seize by the United States, as an edge or, with no actor to receive it, on its node', () => {
  const us = countries.nodes.find((node) => node.label === 'United States')!;
  const asEdge = countries.edges.some((edge) => edge.source === us.id && edge.type === 'coerce' && edge.mode === 'seize');
  const asAct = us.actsWithoutTarget.some((act) => act.type === 'coerce' && act.mode === 'seize');
  assert.ok(asEdge || asAct, `${describe(countries)}\n${JSON.stringify(us.actsWithoutTarget)}`);
});

test('"Poland pledged new military aid to Ukraine, and Russia condemned the pledge": Russia accuses Poland, and Poland pledges nothing to Russia', () => {
  assert.ok(edgeBetween(countries, 'Russia', 'accuse', 'Poland'), describe(countries));
  assert.equal(edgeBetween(countries, 'Poland', 'agree', 'Russia'), undefined, describe(countries));
});

test('GraphML and GEXF of the same articles pass their schemas', async () => {
  for (const level of ['actor', 'country']) {
    const graphml = await validateGraphml(run('--format', 'graphml', '--level', level).stdout);
    assert.ok(graphml.valid, graphml.rawOutput);
    const gexf = await validateGexf(run('--format', 'gexf', '--level', level).stdout);
    assert.ok(gexf.valid, gexf.rawOutput);
  }
});

test('csv has a row per evidence sentence and polecat a row per relation and article, at the level asked', () => {
  const csv = run('--format', 'csv', '--level', 'country').stdout;
  assert.ok(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
  assert.ok(csv.trimEnd().split('\r\n').length > 1, csv);
  const polecat = run('--format', 'polecat', '--level', 'country').stdout.trimEnd().split('\n');
  assert.equal(polecat[0], [...POLECAT_COLUMNS, ...TRIANGULATE_COLUMNS].join('\t'));
  assert.ok(polecat.slice(1).some((line) => line.includes('\tACCUSE\tdisapprove\t')), polecat.join('\n'));
});

test('-o writes the graph to a file, whole', () => {
  const out = join(folder, 'graph.gexf');
  const { code } = run('--format', 'gexf', '-o', out);
  assert.equal(code, 0);
  assert.match(readFileSync(out, 'utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf /);
});

test('a bad input is named on stderr and the rest go on (exit 1); nothing readable exits 2', () => {
  const missing = join(folder, 'missing.json');
  const partial = triangulate(['graph', inputs[0]!, missing, '--format', 'csv', '--quiet']);
  assert.equal(partial.code, 1);
  assert.match(partial.stderr, /missing\.json/);
  assert.ok(partial.stdout.startsWith('relation_id,'));
  const none = triangulate(['graph', missing, '--quiet']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /nothing could be read/);
});

test('an unknown format or level is a usage error that names the choices', () => {
  const format = triangulate(['graph', inputs[0]!, '--format', 'pdf']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /json, graphml, gexf, csv, polecat|"json", "graphml", "gexf", "csv", "polecat"/);
  const level = triangulate(['graph', inputs[0]!, '--level', 'city']);
  assert.equal(level.code, 2);
  assert.match(level.stderr, /actor.*country/);
});

test('two stories of a batch make one graph: each story read on its own, its actors in one set of nodes', () => {
  const seizure = join(folder, 'seizure.txt');
  const condemnation = join(folder, 'condemnation.txt');
  writeFileSync(seizure, 'U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday.\n');
  writeFileSync(condemnation, 'Russia and China condemned Japan on Monday over its whaling in the Antarctic.\n');
  const { code, stdout } = triangulate(['graph', seizure, condemnation, '--level', 'country', '--quiet']);
  assert.equal(code, 0);
  const graph: ActorGraph = JSON.parse(stdout);
  assert.equal(graph.stories, 2);
  const labels = graph.nodes.map((node) => node.label);
  for (const country of ['United States', 'Venezuela', 'Russia', 'China', 'Japan']) assert.ok(labels.includes(country), labels.join(', '));
  const idOf = (label: string) => graph.nodes.find((node) => node.label === label)!.id;
  const accusers = graph.edges.filter((edge) => edge.type === 'accuse' && edge.target === idOf('Japan')).map((edge) => edge.source).sort();
  assert.deepEqual(accusers, [idOf('Russia'), idOf('China')].sort());
  assert.ok(graph.edges.some((edge) => edge.type === 'coerce' && edge.source === idOf('United States')), 'the first story\'s seizure is in the same graph');
});
