import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readClauses } from '../../src/annotate/clauses/index.ts';
import { findTemporalExpressions } from '../../src/annotate/dates/index.ts';
import { readTokens } from '../../src/annotate/read-tokens.ts';
import type { Participant } from '../../src/model/index.ts';

interface Reading {
  clause: string;
  act: string | null;
  doer: string | null;
  target: string | null;
  negated: boolean;
  passive: boolean;
}

/** Each clause of `text` with its roles as the words they point at (a participant by its head word). */
function readingsOf(text: string): Reading[] {
  const { tokens, sentences } = readTokens(text);
  const dates = findTemporalExpressions(text, { published: '2025-12-14', language: 'en' });
  const head = (participant: Participant | null) => (participant ? tokens[participant.head]!.text : null);
  return readClauses(tokens, sentences.length, { mentions: [], dates, quantities: [] }).map(({ start, end, roles }) => ({
    clause: text.slice(start, end),
    act: roles.act === null ? null : tokens[roles.act]!.text,
    doer: head(roles.doer),
    target: head(roles.target),
    negated: roles.negated,
    passive: roles.passive,
  }));
}

// [sentence, [act, doer, target, negated?, passive?]] for its first clause
const ROWS: [string, [string | null, string | null, string | null, boolean?, boolean?]][] = [
  ['Venezuela asks Russia for weapons.', ['asks', 'Venezuela', 'Russia']],
  ['According to police, officers arrested two men.', ['arrested', 'officers', 'men']],
  ['The actor, known to film audiences as a singer, will host the ceremony.', ['host', 'actor', 'ceremony']],
  ['The tanker was seized by US forces on Wednesday.', ['seized', 'forces', 'tanker', false, true]],
  ['The suspect has been arrested.', ['arrested', null, 'suspect', false, true]],
  ['On Tuesday police arrested the leader of the gang.', ['arrested', 'police', 'leader']],
  // a participle phrase before the subject is not the clause's act
  ['Taking the lead in the fight against smuggling, the coast guard seized 40 boats.', ['seized', 'guard', 'boats']],
  ['After meeting the mayor in May, the minister signed the order.', ['signed', 'minister', 'order']],
  ['Most of its oil goes to China.', ['goes', 'oil', null]],
  ['The 6.1 magnitude quake struck the island, killing three people.', ['struck', 'quake', 'island']],
  ['Police have arrested a man who shot two people.', ['arrested', 'Police', 'man']],
  // an age between commas: the name before it is the subject
  ['Deputy Tom Ruiz, 35, was shot outside a bakery.', ['shot', null, 'Ruiz', false, true]],
  ['The mayor, 61, resigned on Friday.', ['resigned', 'mayor', null]],
  ['By Friday, 35 had died.', ['died', '35', null]],
  // speech verbs: the reported clause's act and doer
  ['Officials said police arrested three men.', ['arrested', 'police', 'men']],
  ['Officials said on Tuesday that police arrested three men.', ['arrested', 'police', 'men']],
  ['The company told reporters that it had agreed to buy the firm.', ['buy', 'it', 'firm']],
  ['The rep would not reveal what the actress is treated for.', ['reveal', 'rep', null, true]],
  // negation
  ['HP will not acquire EDS.', ['acquire', 'HP', 'EDS', true]],
  ['He never visited the site.', ['visited', 'He', 'site', true]],
  ['No one was hurt in the blast.', ['hurt', null, 'one', true, true]],
  ['Her publicist refused to disclose the reason.', ['disclose', 'publicist', 'reason', true]],
  // a relative clause set off by commas is not the main act
  ['The suspect, who was arrested on Monday, has been charged with murder.', ['charged', null, 'suspect', false, true]],
  ['Maduro, whom the United States accuses of drug trafficking, did not respond.', ['respond', 'Maduro', null, true]],
];

for (const [sentence, [act, doer, target, negated = false, passive = false]] of ROWS) {
  test(`roles of "${sentence}"`, () => {
    const [first] = readingsOf(sentence);
    assert.ok(first);
    assert.deepEqual({ act: first.act, doer: first.doer, target: first.target, negated: first.negated, passive: first.passive }, { act, doer, target, negated, passive });
  });
}

test('a coordinated verb with no subject of its own takes the previous clause’s doer', () => {
  const [first, second] = readingsOf('Putin expressed solidarity with Venezuela and endorsed the policies of its government.');
  assert.equal(first?.act, 'expressed');
  assert.equal(second?.act, 'endorsed');
  assert.equal(second?.doer, 'Putin');
  assert.equal(second?.target, 'policies');
});

test('a relative clause after a comma: "who" is the phrase before it as doer, "whom" as target', () => {
  const who = readingsOf('The police questioned the driver of the truck, who crashed into a crowd near the market.');
  assert.equal(who.at(-1)?.act, 'crashed');
  assert.equal(who.at(-1)?.doer, 'driver');
  const whom = readingsOf('The court freed the three fishermen, whom the navy had detained at sea for a week.');
  assert.equal(whom.at(-1)?.act, 'detained');
  assert.equal(whom.at(-1)?.doer, 'navy');
  assert.equal(whom.at(-1)?.target, 'fishermen');
});

test('names with their ages between commas, joined by "and", are one subject', () => {
  const { tokens, sentences } = readTokens('Omar Reyes, 20, and Carl Vance, 24, were arrested on Friday.');
  const [clause] = readClauses(tokens, sentences.length, { mentions: [], dates: [], quantities: [] });
  const target = clause?.roles.target;
  assert.ok(target, 'the arrested are read');
  assert.deepEqual([tokens[target.firstToken]!.text, tokens[target.endToken - 1]!.text, tokens[target.head]!.text], ['Omar', 'Vance', 'Vance']);
});

test('a clause with no verb has no act and no roles', () => {
  const [heading] = readingsOf('A quiet night in the capital after the storm.');
  assert.deepEqual(heading && [heading.act, heading.doer, heading.target], [null, null, null]);
});

test('a headline verb wink-nlp reads as a noun: "Russia backs Venezuela"', () => {
  const [first] = readingsOf('Russia backs Venezuela.');
  assert.deepEqual(first && [first.act, first.doer, first.target], ['backs', 'Russia', 'Venezuela']);
  const [swapped] = readingsOf('Venezuela backs Russia.');
  assert.deepEqual(swapped && [swapped.doer, swapped.target], ['Venezuela', 'Russia']);
});
