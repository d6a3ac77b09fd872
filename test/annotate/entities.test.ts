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
  // a town's or neighbourhood's last word names a place, even after an organisation's first word
  ['The driver hit Mina Dev, 59, of College Point, on Friday.', 'College Point', { type: 'place' }],
  ['She moved to Long Beach in May.', 'Long Beach', { type: 'place' }],
  ['The exercises took place in the Atlantic Ocean last year.', 'Atlantic Ocean', { type: 'place' }],
  // a letter lost in decoding (U+FFFD, kept by clean) inside or at the end of a name leaves one name
  ['The trawler’s skipper, Teodor Gr\uFFFDnberg, was questioned by the coastguard.', 'Teodor Gr\uFFFDnberg', { type: 'person' }],
  ['The trawler’s skipper, Milan Petrovi\uFFFD, was questioned by the coastguard.', 'Milan Petrovi\uFFFD', { type: 'person' }],
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

// Titles in every form leave the name: plural, capitals, abbreviated without a period, ending inside the run
for (const [sentence, surface, role] of [
  ['Presidents Vladimir Putin and Xi Jinping met in Moscow.', 'Vladimir Putin', 'Presidents'],
  ['Foreign Ministers Anna Berg and Tomas Lind signed the text.', 'Anna Berg', 'Foreign Ministers'],
  ['PRESIDENT Vladimir Putin spoke by telephone.', 'Vladimir Putin', 'PRESIDENT'],
  ['Gov Jerry Brown signed the bill.', 'Jerry Brown', 'Gov'],
  ['Secretary of State Condoleezza Rice arrived late.', 'Condoleezza Rice', 'Secretary of State'],
  ['Actress Tara Reid left the club.', 'Tara Reid', 'Actress'],
] as const) {
  test(`"${surface}" keeps no title in "${sentence.slice(0, 40)}…"`, () => {
    const mention = find(mentionsOf(sentence), surface);
    assert.ok(mention, `no mention "${surface}" among ${JSON.stringify(mentionsOf(sentence).map((m) => m.text))}`);
    assert.equal(mention.type, 'person');
    assert.equal(mention.role, role);
    assert.equal(mention.name, surface);
  });
}

test('a plural title before an organisation is no title: "Kings County Hospital", "Screen Actors Guild"', () => {
  const mentions = mentionsOf('She was taken to Kings County Hospital. The Screen Actors Guild said nothing.');
  assert.equal(find(mentions, 'Kings County Hospital')?.type, 'place');
  assert.equal(find(mentions, 'Screen Actors Guild')?.type, 'organization');
});

test('a comma before a titled name is no apposition: "in Biloxi, Coroner Gary Hargrove said"', () => {
  const mentions = mentionsOf('He died in a hotel in Biloxi, Coroner Gary Hargrove said.');
  assert.notEqual(find(mentions, 'Biloxi')?.type, 'person');
  assert.equal(find(mentions, 'Gary Hargrove')?.role, 'Coroner');
});

// Months and weekdays, however written, are never entities; "Jan" before a surname is a first name
for (const sentence of ['The vote is on Dec. 5.', 'It happened Nov 3 in the capital.', 'The law took effect in Sept. last year.', 'The court sat on Wed. and heard both sides.', 'The deadline is 5 Dec 2025.', 'IN DECEMBER the talks resumed.']) {
  test(`no entity in "${sentence}"`, () => {
    assert.deepEqual(mentionsOf(sentence).map((mention) => mention.text), []);
  });
}
test('"Jan" before a capitalised surname stays a first name', () => {
  assert.equal(find(mentionsOf('Jan Egeland arrived on Monday.'), 'Jan Egeland')?.type, 'person');
});

// Words in capitals: a headline is no name, an acronym is
test('a headline in capitals is no name, the acronyms the gazetteer knows in it are', () => {
  const mentions = mentionsOf('PUTIN HOLDS PHONE CALL WITH NATO CHIEF');
  assert.deepEqual(mentions.map((mention) => mention.text), ['NATO']);
  assert.equal(mentions[0]!.type, 'organization');
});
test('an acronym alone is still a name: "NATO", "FBI"', () => {
  const mentions = mentionsOf('NATO said the FBI had helped.');
  assert.ok(find(mentions, 'NATO'));
  assert.ok(find(mentions, 'FBI'));
});

// The last word types a name, then a compass word before a place; named days and regions come from data/regions-and-days.json
const TYPED_BY_WORDS: [string, string, EntityMention['type']][] = [
  ['Crowds gathered for Victory Day in the capital.', 'Victory Day', 'other'],
  ['Shops closed on Boxing Day as usual.', 'Boxing Day', 'other'],
  ['The party ran late into Christmas Eve that year.', 'Christmas Eve', 'other'],
  ['Fasting during Ramadan ended with prayers.', 'Ramadan', 'other'],
  ['Both leaders praised the Strategic Partnership they built.', 'Strategic Partnership', 'other'],
  ['The Paris Agreement sets targets for emissions.', 'Paris Agreement', 'other'],
  ['Both sides broke the Minsk Accord within weeks.', 'Minsk Accord', 'other'],
  ['The Warsaw Pact was dissolved long ago.', 'Warsaw Pact', 'other'],
  ['The strikes took place in the Eastern Pacific last month.', 'Eastern Pacific', 'place'],
  ['Pirates seized the ship in the Arabian Sea.', 'Arabian Sea', 'place'],
  ['Fires spread across Southern California overnight.', 'Southern California', 'place'],
  ['Troops moved into the Donbas region.', 'Donbas', 'place'],
  ['Tankers waited in the Taiwan Strait for days.', 'Taiwan Strait', 'place'],
];
for (const [sentence, surface, type] of TYPED_BY_WORDS) {
  test(`"${surface}" is ${type}`, () => {
    const mention = find(mentionsOf(sentence), surface);
    assert.ok(mention, `no mention "${surface}" among ${JSON.stringify(mentionsOf(sentence).map((m) => m.text))}`);
    assert.equal(mention.type, type);
  });
}

test('an outlet keeps the name the article gives it when that is a former name, and its full name for initials', () => {
  const mentions = mentionsOf('MSNBC aired the interview, and the NYT printed it.');
  assert.equal(find(mentions, 'MSNBC')?.name, 'MSNBC');
  assert.equal(find(mentions, 'NYT')?.name, 'The New York Times');
});

// Round 2: a person needs evidence; teams, states and lone common nouns — [sentence, surface, type, name?]
const EVIDENCE_ROWS: [string, string, EntityMention['type'], string?][] = [
  ['The Harrison County, Miss., coroner, Gary Hargrove, said he believed it was natural.', 'Miss.', 'place', 'Mississippi'],
  ['The Harrison County, Miss., coroner, Gary Hargrove, said he believed it was natural.', 'Gary Hargrove', 'person'],
  ['The lawmakers in California passed the bill on a close vote.', 'California', 'place'],
  ['Farmers across Ontario and Queensland waited for rain.', 'Ontario', 'place'],
  ['The Boston Red Sox signed the first baseman on Tuesday.', 'Boston Red Sox', 'organization'],
  ['He played for the New York Yankees and the Los Angeles Lakers.', 'New York Yankees', 'organization'],
  ['He played for the New York Yankees and the Los Angeles Lakers.', 'Los Angeles Lakers', 'organization'],
  ['Advocates of Human Rights marched against the Death Penalty downtown.', 'Human Rights', 'other'],
  ['Advocates of Human Rights marched against the Death Penalty downtown.', 'Death Penalty', 'other'],
  ['He won a best-actor Tony for the musical in 2004.', 'Tony', 'other'],
  ['The gunman, Eric Allen Kirkpatrick, surrendered to officers.', 'Eric Allen Kirkpatrick', 'person'],
  ['A neighbour saw Wendel Oduya, 44, leave the building.', 'Wendel Oduya', 'person'],
  ['The shooting happened at the offices of Tall Grass Distribution Limited in the city.', 'Tall Grass Distribution Limited', 'organization'],
  ['The reporters of the Associated Press saw the fire.', 'Associated Press', 'organization'],
];

for (const [sentence, surface, type, name] of EVIDENCE_ROWS) {
  test(`"${surface}" is ${type} in "${sentence.slice(0, 50)}…"`, () => {
    const mention = find(mentionsOf(sentence), surface);
    assert.ok(mention, `no mention "${surface}" among ${JSON.stringify(mentionsOf(sentence).map((m) => m.text))}`);
    assert.equal(mention.type, type);
    if (name) assert.equal(mention.name, name);
  });
}

// A capitalised common noun alone names nothing: "Road", "Division", "Prison", "Press"
for (const [sentence, surface] of [
  ['The Press gathered outside the court at dawn.', 'Press'],
  ['The crash closed the Road near the bridge, officials said.', 'Road'],
  ['He is due to appear in Superior Court Division 3 on Monday.', 'Division'],
  ['Prison officials said the inmate had escaped.', 'Prison'],
] as const) {
  test(`"${surface}" alone is no entity`, () => {
    assert.ok(!mentionsOf(sentence).some((mention) => mention.text === surface), JSON.stringify(mentionsOf(sentence).map((m) => m.text)));
  });
}

test('"Congress" and "Police" alone still name a body', () => {
  assert.equal(find(mentionsOf('The measure now goes to Congress for a vote.'), 'Congress')?.type, 'organization');
  assert.equal(find(mentionsOf('Police said the fire had been started deliberately.'), 'Police')?.type, 'organization');
});

test('a place and a plural that is no team stay apart: "Athens Acropolis"', () => {
  assert.notEqual(find(mentionsOf('Tourists climbed to the Athens Acropolis at dawn.'), 'Athens Acropolis')?.type, 'organization');
});

test('a title word that is a named person\'s surname joins that person; with no such person it names no one', () => {
  const mentions = mentionsOf('The only witness, Tishana King, saw the shooting. King, 39, said the boy had no gun.');
  const kings = mentions.filter((mention) => mention.text === 'King');
  assert.equal(kings.length, 1);
  assert.equal(kings[0]!.entityKey, find(mentions, 'Tishana King')!.entityKey);
  assert.equal(kings[0]!.type, 'person');
  assert.ok(!mentionsOf('The witness saw the shooting. King, 39, said the boy had no gun.').some((mention) => mention.text === 'King'));
});

test("a surname said as a speaker's makes a name with no given name a person", () => {
  const mentions = mentionsOf('Witnesses saw Zoltar Kembrook Vane near the store. Vane said he had been at home.');
  assert.equal(find(mentions, 'Zoltar Kembrook Vane')?.type, 'person');
  assert.equal(find(mentions, 'Vane')?.entityKey, find(mentions, 'Zoltar Kembrook Vane')?.entityKey);
});

test('the last word of a longer name, alone at the start of a sentence, is a mention of that name', () => {
  const text = 'The veteran fighter Dorian Vasko won on points in Hamburg. Vasko (31-2, 20 KOs) had trained in Berlin since May. Days before the bout, he rested.';
  const mentions = mentionsOf(text);
  const surname = find(mentions, 'Vasko');
  assert.ok(surname, JSON.stringify(mentions.map((mention) => mention.text)));
  assert.equal(surname.entityKey, find(mentions, 'Dorian Vasko')!.entityKey);
  assert.equal(find(mentions, 'Days'), undefined);
  // a plural of initials ("KOs", "CEOs", "MPs") names no one
  assert.equal(find(mentions, 'KOs'), undefined);
});
