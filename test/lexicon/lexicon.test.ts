import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadLexicon, type PartOfSpeech } from '../../src/lexicon/index.ts';

const lexicon = loadLexicon();
type Word = [lemma: string, pos: PartOfSpeech | null];
const meet = ([a, aPos]: Word, [b, bPos]: Word) => lexicon.conceptsOf(a, aPos).some((concept) => lexicon.conceptsOf(b, bPos).includes(concept));

test('words that meet through WordNet', () => {
  const rows: [Word, Word, string][] = [
    [['telephone', 'noun'], ['phone', 'verb'], 'the synset of call, telephone, phone (verb)'],
    [['telephone', 'verb'], ['phone', 'noun'], 'the same synset, from the other side'],
    [['call', 'noun'], ['telephone', 'noun'], '"a phone call": call n.1 derives from the telephoning verb'],
    [['seizure', 'noun'], ['seize', 'verb'], 'seizure sense 2 (capture) derives from seize'],
    [['Seizures', 'noun'], ['seize', 'verb'], 'a headline plural that wink leaves as written'],
    [['deployment', 'noun'], ['deploy', 'verb'], 'the nominalisation bridge, both ways'],
    [['interception', 'noun'], ['intercept', 'verb'], 'the nominalisation bridge'],
    [['confiscation', 'noun'], ['confiscate', 'verb'], 'the nominalisation bridge'],
    [['growing', 'adj'], ['grow', 'verb'], 'both derive to "growth"'],
    [['mounting', 'noun'], ['mount', 'verb'], 'the nominalisation bridge'],
    [['Deaths', 'noun'], ['die', 'verb'], 'death n.1 derives from die'],
  ];
  for (const [a, b, why] of rows) assert.ok(meet(a, b), `${a.join('/')} ~ ${b.join('/')}: ${why}`);
});

test('words that WordNet keeps apart (only an event class joins them)', () => {
  const rows: [Word, Word, string][] = [
    // call v.1 is "name" ("they call him Bibi"); telephoning is its third sense
    [['call', 'verb'], ['telephone', 'verb'], 'consult.call'],
    [['intercept', 'verb'], ['seize', 'verb'], 'coerce.seize'],
    [['send', 'verb'], ['deploy', 'verb'], 'mobilize.deploy'],
    // grow v.1 is "become" ("she grew angry"), mount v.1 "attach to a support", increase v.1 its own synset;
    // the rising senses (grow v.2, mount v.2 "wax, mount, climb, rise") lie under increase v.1, not first
    [['grow', 'verb'], ['increase', 'verb'], 'change.increase'],
    [['mount', 'verb'], ['increase', 'verb'], 'change.increase'],
    [['growing', 'adj'], ['increasing', 'adj'], 'change.increase'],
  ];
  for (const [a, b, eventClass] of rows) {
    assert.ok(!meet(a, b), `${a.join('/')} and ${b.join('/')} share no WordNet concept`);
    assert.equal(lexicon.eventClassOf(a[0]), eventClass, a[0]);
    assert.equal(lexicon.eventClassOf(b[0]), eventClass, b[0]);
  }
});

test('concepts: the lemma itself first, WordNet ids after, a part of speech keeps to its own', () => {
  assert.deepEqual(lexicon.conceptsOf('Telephone', 'noun'), ['w:telephone', 'n04408223', 'v00791110']);
  assert.deepEqual(lexicon.conceptsOf('tanker', 'verb'), ['w:tanker']);
  assert.deepEqual(lexicon.conceptsOf('xqzzy', null), ['w:xqzzy']);
  assert.deepEqual(lexicon.conceptsOf('constructor', 'verb'), ['w:constructor'], 'no Object.prototype entry');
  assert.ok(lexicon.conceptsOf('call', null).includes('v00791110') && lexicon.conceptsOf('call', null).includes('v01030757'));
  assert.ok(!meet(['attacker', 'noun'], ['attack', 'verb']), 'nouns of people are no nominalisation');
});

test('event classes', () => {
  const rows: [string, string | null][] = [
    ['phone', 'consult.call'], ['conversation', 'consult.call'], ['summit', 'consult.meet'], ['Talks', 'consult.meet'],
    ['confiscation', 'coerce.seize'], ['detain', 'coerce.seize'], ['buildup', 'mobilize.deploy'],
    ['invasion', 'assault.attack'], ['reaffirm', 'support.express'], ['treaty', 'agree.sign'], ['urge', 'request'],
    ['embargo', 'sanction'], ['ultimatum', 'threaten'], ['earthquake', 'disaster.earthquake'], ['rehab', 'health.rehab'],
    ['merger', 'business.acquire'], ['tanker', null], ['the', null], ['constructor', null],
  ];
  for (const [lemma, eventClass] of rows) assert.equal(lexicon.eventClassOf(lemma), eventClass, lemma);
});

test('every trigger lemma is lower case and in one class only', () => {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/event-classes.json'), 'utf8')) as {
    classes: Record<string, string[]>;
    notes: Record<string, string>;
  };
  const classOf = new Map<string, string>();
  for (const [eventClass, lemmas] of Object.entries(file.classes)) {
    for (const lemma of lemmas) {
      assert.equal(lemma, lemma.toLowerCase(), lemma);
      assert.ok(!classOf.has(lemma), `${lemma} is in ${classOf.get(lemma)} and ${eventClass}`);
      classOf.set(lemma, eventClass);
    }
  }
  for (const lemma of Object.keys(file.notes)) assert.ok(classOf.has(lemma), `the note on ${lemma} is about a listed lemma`);
});

test('idf: common words weigh little, rare and unseen ones much', () => {
  assert.ok(lexicon.idf('the') < lexicon.idf('seize'));
  assert.ok(lexicon.idf('seize') < lexicon.idf('tanker'));
  assert.equal(lexicon.idf('tanker'), lexicon.idf(''), 'unseen words get the highest rarity');
  assert.equal(lexicon.idf('The'), lexicon.idf('the'));
  assert.ok(lexicon.idf('the') >= 1);
});

test('the lexicon is read once', () => {
  assert.equal(loadLexicon(), lexicon);
});
