import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntityMentions } from '../../src/annotate/entities/index.ts';
import { readTokens } from '../../src/annotate/read-tokens.ts';
import type { EntityMention } from '../../src/model/index.ts';

function mentionsOf(text: string): EntityMention[] {
  return findEntityMentions(text, readTokens(text).tokens);
}
const find = (mentions: readonly EntityMention[], surface: string) => mentions.find((mention) => mention.text === surface);

// [sentence, surface, {type, name?, role?, country?}] — what one mention must be
const ROWS: [string, string, Partial<EntityMention>][] = [
  ['Russian President Vladimir Putin spoke by telephone on Thursday.', 'Vladimir Putin', { type: 'person', role: 'Russian President', country: 'RU' }],
  ['Russian President Vladimir Putin spoke by telephone on Thursday.', 'Russian', { type: 'country', name: 'Russia' }],
  ['White House press secretary Karoline Leavitt said the call was no concern.', 'Karoline Leavitt', { type: 'person', role: 'White House press secretary' }],
  ['Attorney General Pam Bondi said a warrant was executed.', 'Pam Bondi', { type: 'person', role: 'Attorney General' }],
  ['The forces include the aircraft carrier Gerald Ford, the largest in the world.', 'Gerald Ford', { type: 'other' }],
  ['Fernando Reyes Matta, director of the Center for China Studies at Universidad Andrés Bello, spoke.', 'Universidad Andrés Bello', { type: 'organization' }],
  ['Fernando Reyes Matta, director of the Center for China Studies at Universidad Andrés Bello, spoke.', 'Fernando Reyes Matta', { type: 'person' }],
  ['Fernando Reyes Matta, director of the Center for China Studies at Universidad Andrés Bello, spoke.', 'Center for China Studies', { type: 'organization' }],
  ['The Kremlin released an official statement on the call.', 'Kremlin', { type: 'country', name: 'Russia' }],
  ["Maduro maintains that Washington's true objective is regime change.", 'Washington', { type: 'country', name: 'United States' }],
  ['The weapons have not arrived in Caracas yet.', 'Caracas', { type: 'place' }],
  ['The American oil company Chevron was buying Venezuelan oil.', 'Chevron', { type: 'organization' }],
  ["Rosneft, Russia's main oil company, exploits the fields.", 'Rosneft', { type: 'organization' }],
  ["Alexei Khuravlev, vice-chairman of the Russian parliament's Defense Committee, explained it.", 'Alexei Khuravlev', { type: 'person' }],
  ['U.S. forces seized a Guyana-flagged tanker.', 'Guyana', { type: 'country', name: 'Guyana' }],
  ['U.S. forces seized a Guyana-flagged tanker.', 'U.S.', { type: 'country', name: 'United States' }],
  ['Russia and Venezuela have had a close relationship for two decades.', 'Venezuela', { type: 'country' }],
  ['The exercises took place in the Atlantic Ocean last year.', 'Atlantic Ocean', { type: 'place' }],
];

for (const [sentence, surface, expected] of ROWS) {
  test(`"${surface}" in "${sentence.slice(0, 50)}…"`, () => {
    const mentions = mentionsOf(sentence);
    const mention = find(mentions, surface);
    assert.ok(mention, `no mention "${surface}" among ${JSON.stringify(mentions.map((m) => m.text))}`);
    for (const [field, value] of Object.entries(expected)) assert.equal(mention[field as keyof EntityMention], value, `${field} of "${surface}"`);
  });
}

// Words that are never people
for (const [sentence, surface] of [
  ['In June the two leaders met again.', 'June'],
  ['On Thursday the talks resumed.', 'Thursday'],
  ['Regional analysts said the support may be symbolic.', 'Regional'],
  ['Shortly afterward, the minister resigned.', 'Shortly'],
] as const) {
  test(`"${surface}" is no person`, () => {
    assert.ok(!mentionsOf(sentence).some((mention) => mention.text === surface && mention.type === 'person'));
  });
}

test('a surname, an accent variant and a role reference join the person the article names', () => {
  const mentions = mentionsOf(
    'Venezuelan President Nicolás Maduro spoke to Russian President Vladimir Putin. Maduro thanked him. ' +
      'Nicolas Maduro said the Russian leader had called. The Venezuelan president added nothing.',
  );
  const keyOf = (surface: string) => find(mentions, surface)?.entityKey;
  assert.equal(keyOf('Maduro'), keyOf('Nicolás Maduro'));
  assert.equal(keyOf('Nicolas Maduro'), keyOf('Nicolás Maduro'));
  assert.equal(keyOf('the Russian leader'), keyOf('Vladimir Putin'));
  assert.equal(keyOf('The Venezuelan president'), keyOf('Nicolás Maduro'));
  assert.notEqual(keyOf('Nicolás Maduro'), keyOf('Vladimir Putin'));
});

test('a name no gazetteer knows still links its surname', () => {
  const mentions = mentionsOf('Fernando Reyes Matta, director of the institute, spoke. Reyes Matta said neither government would help.');
  assert.equal(find(mentions, 'Reyes Matta')?.entityKey, find(mentions, 'Fernando Reyes Matta')?.entityKey);
});

test('every mention points at its own words', () => {
  const text = 'Belarusian President Alexander Lukashenko met with Venezuela’s ambassador to Russia.';
  for (const mention of mentionsOf(text)) assert.equal(text.slice(mention.start, mention.end), mention.text);
});

test('"the South American nation" is the last South American country named before it', () => {
  const mentions = mentionsOf('Tensions rose between Venezuela and the United States. The South American nation’s administration said Russia backed it.');
  const reference = find(mentions, 'The South American nation');
  assert.equal(reference?.entityKey, find(mentions, 'Venezuela')?.entityKey);
  assert.equal(reference?.type, 'country');
  assert.equal(find(mentionsOf('France protested. The South American nation said nothing.'), 'The South American nation'), undefined, 'no South American country named: no link');
});
