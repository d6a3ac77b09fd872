import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import { EMPTY_METADATA, type RawArticle } from '../../src/model/index.ts';

// Short texts written for these tests (no outlet's): what agency copies and explainers carry around their story.
function clean(text: string, metadata: Partial<RawArticle['metadata']> = {}, kind: RawArticle['kind'] = 'text') {
  return cleanArticle({ source: 'test.txt', kind, text, metadata: { ...EMPTY_METADATA, ...metadata }, encoding: 'utf-8', messages: [] });
}

const BODY = [
  'LISK, June 2 (Reuters) - The port authority closed the northern harbour on Monday after a fuel barge ran aground near the breakwater, officials said.',
  'Divers were inspecting the hull of the barge, which was carrying diesel to the island ferries, the authority said in a statement.',
  'Ferry services to the islands were expected to resume on Tuesday, a spokeswoman for the operator said.',
].join('\n\n');

// [credit line at the end of an article, its language's body]
const CREDITS: [credit: string, body: string][] = [
  ['(Reporting by Jane Roe; Editing by Tom Ash)', BODY],
  ['(Reporting by Jane Roe in Lisk and Omar Haddad in Dubai; Additional reporting by Li Wei; Writing by Ann Lee; Editing by Tom Ash.)', BODY],
  ['Reporting by J. Roe; Compiled by Ann Lee', BODY],
  ['Writing by Ann Lee, editing by Tom Ash', BODY],
  [
    '(Información de Ana Ruiz; Edición de Luis Gil)',
    'La autoridad portuaria cerró el lunes el puerto norte después de que una barcaza de combustible encallara cerca del rompeolas, según informaron las autoridades.\n\nLos buzos inspeccionaban el casco de la barcaza, que transportaba gasóleo para los transbordadores de las islas.',
  ],
  [
    '(Reportage Jean Dupont, avec Marie Roy; édité par Paul Martin)',
    'L’autorité portuaire a fermé lundi le port nord après l’échouage d’une barge de carburant près de la digue, ont indiqué les responsables.\n\nDes plongeurs inspectaient la coque de la barge, qui transportait du gazole pour les ferries des îles.',
  ],
];

for (const [credit, body] of CREDITS) {
  test(`removes the wire credit "${credit.slice(0, 50)}…" with a message of its rule`, () => {
    const raw = `${body}\n\n${credit}\n`;
    const result = clean(raw);
    assert.ok(!result.text.includes(credit.replace(/^\(/, '').slice(0, 12)), result.text);
    assert.ok(result.text.includes(body.split('\n')[0]!.slice(0, 40)), 'the story stays');
    const message = result.messages.find((candidate) => candidate.origin === 'clean:wire-credit');
    assert.ok(message, JSON.stringify(result.messages));
    assert.match(message.reason, /^wire credit: /);
    assert.equal(raw.slice(message.start, message.end), credit, 'the message points at the line in raw');
  });
}

test('a wire credit after the last sentence, on its line, goes; the sentence stays', () => {
  const result = clean(`${BODY}\n\nThe operator did not respond to a request for comment. (Reporting by Jane Roe; Editing by Tom Ash)\n`);
  assert.ok(result.text.endsWith('The operator did not respond to a request for comment.'), result.text);
  assert.ok(result.messages.some((message) => message.origin === 'clean:wire-credit'));
});

// Sentences that open like a credit stay: what follows "by" is not a list of names.
for (const sentence of [
  'Compiled by the ministry, the report shows that fuel imports fell by a third last year.',
  'Edited by hand, the photographs show the barge lying on its side.',
  'Reporting by local media suggested that the harbour master had resigned.',
]) {
  test(`keeps the sentence "${sentence.slice(0, 40)}…"`, () => {
    const result = clean(`${BODY}\n\n${sentence}\n\n${BODY.split('\n')[2]}`);
    assert.ok(result.text.includes(sentence), result.text);
    assert.ok(!result.messages.some((message) => message.origin === 'clean:wire-credit'));
  });
}

// [title as given or as the text's first line, the title read]
const SLUGGED: [title: string, read: string][] = [
  ['UPDATE 1-Port authority closes northern harbour after barge runs aground', 'Port authority closes northern harbour after barge runs aground'],
  ['EXCLUSIVE-Ferry operator plans to sell island routes', 'Ferry operator plans to sell island routes'],
  ['CORRECTED-UPDATE 2-Barge aground near Lisk breakwater', 'Barge aground near Lisk breakwater'],
  ['RPT-FACTBOX-What we know about the barge', 'What we know about the barge'],
  ['WRAPUP 3-Harbour stays shut as divers inspect hull', 'Harbour stays shut as divers inspect hull'],
  ['ANALYSIS-Why small ports fear fuel barges', 'Why small ports fear fuel barges'],
];

for (const [title, read] of SLUGGED) {
  test(`reads the title "${title}" without the agency's slug`, () => {
    const given = clean(BODY, { title });
    assert.equal(given.metadata.title, read);
    assert.ok(given.messages.some((message) => message.origin === 'clean:wire-title-prefix' && message.reason.includes(title.slice(0, title.length - read.length))), JSON.stringify(given.messages));
    assert.equal(clean(`${title}\n\n${BODY}`).metadata.title, read, 'a title found in the text the same');
  });
}

for (const title of ['U.S.-China talks on shipping resume in Geneva', 'COVID-19 cases rise among ferry crews', 'UPDATE: harbour reopens', 'Anti-UPDATE campaign grows']) {
  test(`keeps every word of the title "${title}"`, () => {
    const result = clean(BODY, { title });
    assert.equal(result.metadata.title, title);
    assert.ok(!result.messages.some((message) => message.origin === 'clean:wire-title-prefix'));
  });
}

test('a line introducing an interview under the title is no caption: it stays in the text', () => {
  for (const line of ['Interview with Jane Roe', 'Q&A with the harbour master', 'In conversation with Omar Haddad', 'An interview with Mayor Li Wei']) {
    const raw = `Harbour master: "We were lucky this time"\nJune 3, 2025\n\n${line}\n\nThe harbour master spoke to the Lisk Courier on Tuesday about the barge that ran aground near the breakwater.\n\nQ: How close did the barge come to the ferry terminal?\n\nA: About two hundred metres. The crew did everything right.\n`;
    const result = clean(raw);
    assert.ok(result.text.startsWith(line), `"${line}" stays: ${result.text.slice(0, 80)}`);
    assert.ok(!result.messages.some((message) => message.origin === 'clean:photo-caption'));
  }
  // a verbless line that introduces nothing is still a caption
  const captioned = clean(`Barge runs aground near Lisk\n\nThe barge on the rocks near the breakwater.\n\n${BODY}`);
  assert.ok(!captioned.text.includes('on the rocks'), captioned.text);
});

// [raw paragraph with a subheading glued to it, the heading, the paragraph's opening]
const LOST_BREAKS: [raw: string, heading: string, paragraph: string][] = [
  ['What happens nextThe authority will decide on Friday whether the northern harbour can reopen to ferries.', 'What happens next', 'The authority will decide'],
  ['A long historyBarges have run aground near the breakwater three times since 2010, the authority said.', 'A long history', 'Barges have run aground'],
  ['Why it mattersFerries carry most of the food and fuel the islands need through the winter months.', 'Why it matters', 'Ferries carry most'],
];

for (const [paragraph, heading, opening] of LOST_BREAKS) {
  test(`"${heading}" glued to its paragraph goes back on a line of its own`, () => {
    const result = clean(`${BODY}\n\n${paragraph}\n`);
    assert.ok(result.text.includes(`\n\n${heading}\n\n${opening}`), result.text);
    const message = result.messages.find((candidate) => candidate.origin === 'clean:split-glued-words');
    assert.match(message?.reason ?? '', /subheading glued to its paragraph/);
  });
}

test('a sentence that lost a space after its opening words keeps them: a space, no line break', () => {
  const rows: [raw: string, joined: string][] = [
    ['In a statementDivers said the hull of the barge was not damaged and no fuel had leaked.', 'In a statement Divers said'],
    ['The operator said on Tuesday that the crew had reportedlyTried to steer the barge away from the rocks.', 'reportedly Tried'],
  ];
  for (const [raw, joined] of rows) {
    const result = clean(`${BODY}\n\n${raw}\n`);
    assert.ok(result.text.includes(joined), result.text);
  }
});

// [date line under the title, in the article's language, the day it gives]
const DATE_LINES: [line: string, day: string, body: string][] = [
  ['5 martie 2025, 14:20', '2025-03-05', 'Autoritatea portuară a închis luni portul de nord după ce o barjă cu combustibil a eșuat lângă dig, au anunțat oficialii.'],
  ['marţi, 4 martie 2025', '2025-03-04', 'Autoritatea portuară a închis luni portul de nord după ce o barjă cu combustibil a eșuat lângă dig, au anunțat oficialii.'],
  ['5 март 2025 г.', '2025-03-05', 'Пристанищните власти затвориха северното пристанище в понеделник, след като баржа с гориво заседна край вълнолома.'],
  ['5 de marzo de 2025', '2025-03-05', 'La autoridad portuaria cerró el lunes el puerto norte después de que una barcaza de combustible encallara cerca del rompeolas.'],
  ['5 mars 2025', '2025-03-05', 'L’autorité portuaire a fermé lundi le port nord après l’échouage d’une barge de carburant près de la digue.'],
  ['5. März 2025', '2025-03-05', 'Die Hafenbehörde hat am Montag den Nordhafen geschlossen, nachdem ein Tankschiff vor der Mole auf Grund gelaufen war.'],
  ['5 maart 2025', '2025-03-05', 'De havenautoriteit heeft maandag de noordelijke haven gesloten nadat een brandstofschip bij de golfbreker aan de grond was gelopen.'],
];

for (const [line, day, body] of DATE_LINES) {
  test(`the date line "${line}" gives the publication date and leaves the text`, () => {
    const result = clean(`Titlu despre port\n${line}\n\n${body}\n\n${body}\n`);
    assert.equal(result.metadata.published, day);
    assert.ok(!result.text.includes(line), result.text);
    assert.ok(result.messages.some((message) => message.origin === 'clean:date-line'));
  });
}
