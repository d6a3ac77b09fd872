/**
 * The align stage avoids comparing every pair (see bench/align.ts); these rows check that the shortcuts
 * give what comparing every pair gives, on small made-up stories where every pair can be compared.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom } from '../../bench/random.ts';
import { clusterClauses, type ScoredPair } from '../../src/align/facts/cluster-clauses.ts';
import { describeClauses, type ClauseFeatures, type Term } from '../../src/align/facts/describe-clauses.ts';
import { findCentralClause } from '../../src/align/facts/find-central-clause.ts';
import { findEventGroups } from '../../src/align/facts/find-event-groups.ts';
import { collectClauses } from '../../src/align/facts/collect-clauses.ts';
import { KEYED_FIELDS } from '../../src/align/facts/score-kinds.ts';
import { scorePair } from '../../src/align/facts/score-pair.ts';
import { mergeEntities } from '../../src/cluster/merge-entities.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { analyzeStory } from '../../src/pipeline.ts';
import { sharedPath } from '../shared-folder.ts';

interface Sketch {
  article: string;
  words?: string[];
  actors?: string[];
  days?: string[];
  events?: string[];
}

function clauseOf({ article, words = [], actors = [], days = [], events = [] }: Sketch, index: number): ClauseFeatures {
  const terms: Term[] = words.map((word, position) => ({ key: word, concepts: [word, `${word}-kind`], weight: 1 + (word.length % 4), rarity: 1 + (word.length % 4), eventClass: null, start: position }));
  return {
    clause: { articleId: article, index, start: 0, end: 1, sentence: { start: 0, end: 1 }, words: [], layer: { start: 0, end: 1, sentence: 0, firstToken: 0, endToken: 0, mentions: [], dates: [], quantities: [], roles: { act: null, doer: null, target: null, negated: false, passive: false } } },
    terms,
    totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
    concepts: new Set(terms.flatMap((term) => term.concepts)),
    entities: new Set(actors),
    eventClasses: new Set(events),
    dates: days.map((value) => ({ start: 0, end: 1, text: value, value, precision: 'day' as const })),
    unresolvedDays: [],
    unresolvedMonths: [],
    durations: [],
    quantities: [],
    roles: { act: null, doer: null, target: null, negated: false },
  };
}

test('the kind key (clauses that score alike) reads every field of a clause: a new field joins it, or scorePair may not read it', async () => {
  const { articles } = await analyzeStory([sharedPath('seeds')]);
  const features = describeClauses(collectClauses(articles), articles, mergeEntities(articles), loadLexicon());
  const fieldsOf = (objects: readonly object[]) => [...new Set(objects.flatMap((object) => Object.keys(object)))].sort();
  const rows: [readonly object[], readonly string[], string][] = [
    [features, KEYED_FIELDS.features, 'ClauseFeatures'],
    [features.map((feature) => feature.clause), KEYED_FIELDS.clause, 'Clause'],
    [features.flatMap((feature) => feature.terms), KEYED_FIELDS.term, 'Term'],
    [features.flatMap((feature) => feature.clause.words), KEYED_FIELDS.word, 'ClauseWord'],
    [features.flatMap((feature) => [...feature.dates, ...feature.unresolvedDays, ...feature.durations]), KEYED_FIELDS.time, 'TemporalExpression'],
    [features.flatMap((feature) => feature.quantities), KEYED_FIELDS.quantity, 'Quantity'],
  ];
  for (const [objects, keyed, type] of rows) {
    assert.ok(objects.length > 0, `the seeds have a ${type}`);
    assert.deepEqual(fieldsOf(objects), [...keyed].sort(), `${type}: kindKeyOf in src/align/facts/score-kinds.ts`);
  }
});

const pick = <T>(random: () => number, list: readonly T[], most: number): T[] => list.filter(() => random() < most / list.length);

test('a fact is worded by the clause most similar to all the others, as summing over every pair finds it', () => {
  const random = createRandom(7);
  const vocabulary = ['tanker', 'seized', 'coast', 'guard', 'oil', 'navy', 'boarded', 'vessel', 'crew', 'port'];
  for (let story = 0; story < 40; story++) {
    // few distinct wordings, repeated: clauses that score alike, as when outlets copy a wire sentence
    const wordings = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(random, vocabulary, 4));
    const members = Array.from({ length: 2 + Math.floor(random() * 30) }, (_, index) => clauseOf({ article: `a${index}`, words: wordings[Math.floor(random() * wordings.length)]! }, index));
    let expected = 0;
    let bestScore = -1;
    members.forEach((member, index) => {
      const score = members.reduce((sum, other) => (other === member ? sum : sum + scorePair(member, other).similarity), 0);
      if (score > bestScore) [expected, bestScore] = [index, score];
    });
    assert.equal(findCentralClause(members), expected, `story ${story}`);
  }
});

test('event groups are the components comparing every pair of mentions gives', () => {
  const random = createRandom(11);
  const actors = ['e:maduro', 'e:trump', 'e:navy'];
  const days = ['2025-12-10', '2025-12-11', '2025-12-12'];
  for (let story = 0; story < 60; story++) {
    const sketches: Sketch[] = Array.from({ length: 3 + Math.floor(random() * 25) }, () => ({
      article: `a${Math.floor(random() * 6)}`,
      actors: pick(random, actors, 1.2),
      days: pick(random, days, random() < 0.4 ? 0 : 1.3),
      events: ['contact.call'],
    }));
    const features = sketches.map(clauseOf);
    const statements = features.map((_, index) => [index]);
    // no least similarity: any mention of an article without a dated one may stand for it, as in the definition
    assert.deepEqual(findEventGroups(features, statements, 0), eventGroupsByEveryPair(features), `story ${story}`);
  }
});

/** The definition: mentions of different articles that share an actor and do not give different days are linked. */
function eventGroupsByEveryPair(features: readonly ClauseFeatures[]): number[][] {
  const daysOf = (feature: ClauseFeatures) => feature.dates.map((date) => date.value);
  const linked = (a: ClauseFeatures, b: ClauseFeatures) =>
    a.clause.articleId !== b.clause.articleId &&
    [...a.entities].some((entity) => b.entities.has(entity)) &&
    (!daysOf(a).length || !daysOf(b).length || daysOf(a).some((day) => daysOf(b).includes(day)));
  const component = features.map((_, index) => index);
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (!linked(features[i]!, features[j]!)) continue;
      const [from, into] = [component[j]!, component[i]!];
      component.forEach((value, index) => value === from && (component[index] = into));
    }
  }
  const groups: number[][] = [];
  for (const root of new Set(component)) {
    const members = component.flatMap((value, index) => (value === root ? [index] : []));
    if (!members.some((index) => features[index]!.dates.length)) continue;
    // one clause an article: the first that gives the story's most common day (every clause here is no question)
    const votes = new Map<string, number>();
    for (const index of members) for (const day of daysOf(features[index]!)) votes.set(day, (votes.get(day) ?? 0) + 1);
    const storyDay = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const best = new Map<string, number>();
    for (const index of members) {
      const article = features[index]!.clause.articleId;
      const current = best.get(article);
      if (current === undefined || (daysOf(features[index]!).includes(storyDay!) && !daysOf(features[current]!).includes(storyDay!))) best.set(article, index);
    }
    const group = [...best.values()].sort((a, b) => a - b);
    if (best.size >= 2 && !groups.some((existing) => existing.join() === group.join())) groups.push(group);
  }
  return groups;
}

test('statement groups are what average link over every cross-article pair gives', () => {
  const random = createRandom(23);
  for (let story = 0; story < 80; story++) {
    // a few stories large and dense enough for groups of thousands of cross pairs near the least link
    const large = story % 20 === 0;
    const count = large ? 200 : 4 + Math.floor(random() * 40);
    const density = large ? 0.35 : 0.25;
    const articleIds = Array.from({ length: count }, () => `a${Math.floor(random() * 6)}`);
    const edges: ScoredPair[] = [];
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) if (articleIds[a] !== articleIds[b] && random() < density) edges.push({ a, b, score: Math.round((0.2 + 0.8 * random()) * 64) / 64 });
    }
    assert.deepEqual(clusterClauses(articleIds, edges, 0.2), clusterByEveryPair(articleIds, edges, 0.2), `story ${story}`);
  }
});

/** The definition: strongest edges first, two groups join when the mean over all their cross-article pairs (unscored 0) reaches minLink. */
function clusterByEveryPair(articleIds: readonly string[], edges: readonly ScoredPair[], minLink: number): number[][] {
  const score = new Map(edges.map(({ a, b, score: value }) => [`${a} ${b}`, value]));
  const groupOf = articleIds.map((_, index) => index);
  for (const { a, b } of [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    const [groupA, groupB] = [groupOf[a]!, groupOf[b]!];
    if (groupA === groupB) continue;
    const membersA = groupOf.flatMap((group, index) => (group === groupA ? [index] : []));
    const membersB = groupOf.flatMap((group, index) => (group === groupB ? [index] : []));
    let sum = 0;
    let pairs = 0;
    for (const x of membersA) {
      for (const y of membersB) {
        if (articleIds[x] === articleIds[y]) continue;
        pairs++;
        sum += score.get(x < y ? `${x} ${y}` : `${y} ${x}`) ?? 0;
      }
    }
    if (pairs === 0 || sum / pairs < minLink) continue;
    const [into, from] = membersA.length >= membersB.length ? [groupA, groupB] : [groupB, groupA];
    groupOf.forEach((group, index) => group === from && (groupOf[index] = into));
  }
  const groups = new Map<number, number[]>();
  groupOf.forEach((group, index) => groups.set(group, [...(groups.get(group) ?? []), index]));
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}
