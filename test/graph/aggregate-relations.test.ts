import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregateRelations } from '../../src/graph/index.ts';
import { entityId } from '../../src/shared/entity-id.ts';
import { actor, article, entity, relation, story } from './build-relations.ts';

const US = actor('e-us', 'United States', 'country', 'US');
const VE = actor('e-ve', 'Venezuela', 'country', 'VE');
const RU = actor('e-ru', 'Russia', 'country', 'RU');
const CN = actor('e-cn', 'China', 'country', 'CN');
const PUTIN = actor('e-putin', 'Vladimir Putin', 'person', 'RU');
const MADURO = actor('e-maduro', 'Nicolás Maduro', 'person', 'VE');

const edgeOf = (graph: ReturnType<typeof aggregateRelations>, source: string, type: string, target: string) =>
  graph.edges.find((edge) => edge.source === source && edge.type === type && edge.target === target);

test('the same actor in two stories is one node, and the edge sums its independent sources over the stories', () => {
  const graph = aggregateRelations(
    [
      story([relation({ source: US, target: VE, type: 'coerce', mode: 'seize', articles: ['a1', 'a2'] })], [article('a1', 'Reuters'), article('a2', 'AP')]),
      story([relation({ source: US, target: VE, type: 'coerce', mode: 'seize', articles: ['b1'] })], [article('b1', 'BBC News')]),
    ],
    'country',
  );
  assert.deepEqual(graph.nodes.map((node) => node.id).sort(), ['e-us', 'e-ve']);
  const seizure = edgeOf(graph, 'e-us', 'coerce', 'e-ve')!;
  assert.equal(seizure.weight, 3);
  assert.equal(seizure.stories, 2);
  assert.equal(seizure.articles, 3);
  assert.equal(seizure.mode, 'seize');
  assert.equal(graph.nodes.find((node) => node.id === 'e-us')!.outWeight, 3);
  assert.equal(graph.nodes.find((node) => node.id === 'e-ve')!.inWeight, 3);
});

test('a copy never adds weight: a syndicated copy counts as its original, in its story or another; two articles of one outlet count once', () => {
  const copy = article('a3', 'Yahoo News', { kinship: { copyOf: 'a1', similarity: 0.97, relation: 'syndicated' } });
  const graph = aggregateRelations(
    [
      story([relation({ source: RU, target: US, type: 'accuse', mode: 'disapprove', articles: ['a1', 'a2', 'a3'] })], [article('a1', 'Reuters'), article('a2', 'Reuters'), copy]),
      // the same wire story, placed by the cluster stage in a story of its own
      story(
        [relation({ source: RU, target: US, type: 'accuse', mode: 'disapprove', articles: ['b1'] })],
        [article('b1', 'MSN', { kinship: { copyOf: 'a1', similarity: 0.95, relation: 'syndicated' } })],
      ),
    ],
    'country',
  );
  const edge = edgeOf(graph, 'e-ru', 'accuse', 'e-us')!;
  assert.equal(edge.weight, 1, 'Reuters twice and two copies of Reuters are one source');
  assert.equal(edge.articles, 4);
});

test('an act not told as a fact keeps its edge, marked, and weighs only in otherWeight', () => {
  const rows: Array<[string, Parameters<typeof relation>[0][], { weight: number; otherWeight: number; reported: Record<string, number> }]> = [
    ['denied only', [{ source: RU, target: VE, type: 'aid', reported: 'denied', articles: ['a1'] }], { weight: 0, otherWeight: 1, reported: { denied: 1 } }],
    [
      'asserted counts like a fact',
      [
        { source: RU, target: VE, type: 'aid', reported: 'fact', articles: ['a1'] },
        { source: RU, target: VE, type: 'aid', reported: 'asserted', articles: ['a2'] },
      ],
      { weight: 2, otherWeight: 0, reported: { fact: 1, asserted: 1 } },
    ],
    [
      'a source that tells it as fact and as hypothetical counts once, in weight',
      [
        { source: RU, target: VE, type: 'aid', reported: 'fact', articles: ['a1'] },
        { source: RU, target: VE, type: 'aid', reported: 'hypothetical', articles: ['a1', 'a2'] },
      ],
      { weight: 1, otherWeight: 1, reported: { fact: 1, hypothetical: 2 } },
    ],
  ];
  for (const [name, relations, expected] of rows) {
    const graph = aggregateRelations([story(relations.map(relation), [article('a1', 'Reuters'), article('a2', 'TASS')])], 'country');
    const edge = edgeOf(graph, 'e-ru', 'aid', 'e-ve');
    assert.ok(edge, name);
    assert.deepEqual({ weight: edge.weight, otherWeight: edge.otherWeight, reported: edge.reported }, expected, name);
  }
});

test('a relation without a recipient makes no edge, but its actor is a node with the act counted on it', () => {
  const graph = aggregateRelations([story([relation({ source: VE, target: null, type: 'protest', mode: 'demo', articles: ['a1'] })], [article('a1', 'Reuters')])], 'country');
  assert.equal(graph.edges.length, 0);
  assert.deepEqual(graph.nodes.map((node) => [node.id, node.actsWithoutTarget]), [['e-ve', [{ type: 'protest', mode: 'demo', weight: 1, otherWeight: 0 }]]]);
});

test('one edge per type and mode: a phone call and a visit between the same two leaders are two edges', () => {
  const graph = aggregateRelations(
    [
      story(
        [
          relation({ level: 'actor', source: PUTIN, target: MADURO, type: 'consult', mode: 'phone', articles: ['a1'] }),
          relation({ level: 'actor', source: PUTIN, target: MADURO, type: 'consult', mode: 'visit', articles: ['a1'] }),
          relation({ level: 'country', source: RU, target: VE, type: 'consult', mode: 'phone', articles: ['a1'] }),
        ],
        [article('a1', 'Reuters')],
      ),
    ],
    'actor',
  );
  assert.deepEqual(graph.edges.map((edge) => edge.id).sort(), ['e-putin-consult-phone-e-maduro', 'e-putin-consult-visit-e-maduro']);
  assert.deepEqual(graph.nodes.map((node) => node.id).sort(), ['e-maduro', 'e-putin'], '--level actor leaves the country relations out');
});

test('over time: the date the sentence gives the act, else the day its article came out', () => {
  const graph = aggregateRelations(
    [
      story(
        [relation({ source: CN, target: US, type: 'accuse', articles: ['a1', 'a2', 'a3'], dates: { a1: '2025-12-10', a2: '2025-12-10' } })],
        [article('a1', 'Reuters'), article('a2', 'AP'), article('a3', 'Xinhua', { published: '2025-12-12' })],
      ),
    ],
    'country',
  );
  const edge = edgeOf(graph, 'e-cn', 'accuse', 'e-us')!;
  assert.deepEqual(edge.overTime, [
    { date: '2025-12-10', weight: 2, otherWeight: 0 },
    { date: '2025-12-12', weight: 1, otherWeight: 0 },
  ]);
  assert.deepEqual([edge.firstDate, edge.lastDate], ['2025-12-10', '2025-12-12']);
});

test('a node carries its aliases and the articles that name it, over all stories', () => {
  const graph = aggregateRelations(
    [
      story([relation({ level: 'actor', source: MADURO, target: PUTIN, type: 'request', articles: ['a1'] })], [article('a1', 'Reuters')], [entity(MADURO, ['a1', 'a2'], ['Maduro'])]),
      story([relation({ level: 'actor', source: MADURO, target: PUTIN, type: 'request', articles: ['b1'] })], [article('b1', 'AP')], [entity(MADURO, ['b1'], ['President Maduro'])]),
    ],
    'actor',
  );
  const maduro = graph.nodes.find((node) => node.id === 'e-maduro')!;
  assert.deepEqual(maduro.aliases.sort(), ['Maduro', 'President Maduro']);
  assert.equal(maduro.articles, 3);
  assert.equal(maduro.stories, 2);
  assert.equal(graph.nodes.find((node) => node.id === 'e-putin')!.articles, 2, 'without an entity, the articles of its relations');
});

test('edges come heaviest first, and every evidence sentence stays on its edge with its story and outlet', () => {
  const graph = aggregateRelations(
    [
      story(
        [relation({ source: RU, target: US, type: 'accuse', articles: ['a1'] }), relation({ source: US, target: VE, type: 'coerce', articles: ['a1', 'a2'] })],
        [article('a1', 'Reuters'), article('a2', 'AP')],
      ),
    ],
    'country',
  );
  assert.deepEqual(graph.edges.map((edge) => edge.type), ['coerce', 'accuse']);
  assert.deepEqual(graph.edges[0]!.evidence.map((item) => [item.story, item.articleId, item.outlet]), [
    [1, 'a1', 'Reuters'],
    [1, 'a2', 'AP'],
  ]);
});

test('at the country level, relations the relate stage wrote between country entities at the actor level count too (it does not write them twice)', () => {
  const russia = actor(entityId('country:RU'), 'Russia', 'country', 'RU');
  const us = actor(entityId('country:US'), 'United States', 'country', 'US');
  const graph = aggregateRelations(
    [
      story(
        [
          relation({ level: 'actor', source: russia, target: us, type: 'accuse', articles: ['a1'] }),
          relation({ level: 'actor', source: russia, target: null, type: 'protest', articles: ['a1'] }),
          relation({ level: 'actor', source: PUTIN, target: us, type: 'accuse', articles: ['a1'] }),
          relation({ level: 'country', source: russia, target: us, type: 'threaten', articles: ['a1'] }),
        ],
        [article('a1', 'Reuters')],
      ),
    ],
    'country',
  );
  assert.deepEqual(graph.edges.map((edge) => edge.type).sort(), ['accuse', 'threaten']);
  assert.deepEqual(graph.nodes.find((node) => node.label === 'Russia')!.actsWithoutTarget.map((act) => act.type), ['protest']);
  assert.ok(!graph.nodes.some((node) => node.label === 'Vladimir Putin'), 'a person is no node of the country graph');
});
