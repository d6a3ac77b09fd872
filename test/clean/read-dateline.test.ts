import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';
import { cleanArticle } from '../../src/clean/index.ts';
import { readDateline } from '../../src/clean/read-dateline.ts';
import { EMPTY_METADATA, type RawArticle } from '../../src/model/index.ts';

// [line, place, agency, [month, day, year] or null] — a dateline the line opens with
const DATELINES: [line: string, place: string, agency: string | null, date: [number, number, number | null] | null][] = [
  ['MOSCOW, Dec 11 (Reuters) - Russian President Vladimir Putin said on Thursday.', 'MOSCOW', 'Reuters', [12, 11, null]],
  ['CARACAS (AP) — Venezuela’s government said on Thursday.', 'CARACAS', 'AP', null],
  ['WASHINGTON, Dec. 11 — The White House said.', 'WASHINGTON', null, [12, 11, null]],
  ['PORTLAND, Ore. (AP) — A man was arrested.', 'PORTLAND, Ore.', 'AP', null],
  ['Mannheim, Germany (Sports Network) - Wladimir Klitschko retained three title belts.', 'Mannheim, Germany', 'Sports Network', null],
  ['RIO DE JANEIRO, Dec. 11, 2025 (Reuters) - Brazil’s central bank held rates.', 'RIO DE JANEIRO', 'Reuters', [12, 11, 2025]],
  ['LONDON, 11 December — Britain’s prime minister said.', 'LONDON', null, [12, 11, null]],
  ['MADRID, 11 dic (EFE).- El presidente del Gobierno dijo.', 'MADRID', 'EFE', [12, 11, null]],
  ['NEW YORK — The mayor said on Friday.', 'NEW YORK', null, null],
  ['MOSCOW (AP) —', 'MOSCOW', 'AP', null],
  ['MOSCOW', 'MOSCOW', null, null],
  ['WASHINGTON-April 27 -', 'WASHINGTON', null, [4, 27, null]],
  ['WASHINGTON, DC, April 28, 2009', 'WASHINGTON, DC', null, [4, 28, 2009]],
];

for (const [line, place, agency, date] of DATELINES) {
  test(`reads the dateline of "${line.slice(0, 40)}"`, () => {
    const reading = readDateline(line);
    assert.ok(reading, 'a dateline');
    assert.equal(reading.place, place);
    assert.equal(reading.agency, agency);
    assert.deepEqual(reading.date && [reading.date.month, reading.date.day, reading.date.year], date);
  });
}

// Lines that open like one and are not: a headline, a label in capitals, a sentence, a place with nothing to set it off.
const NOT_DATELINES = [
  'BREAKING — Putin and Maduro speak by phone',
  'Hit - and-run crash leaves Queens mother of 2 dead',
  'Golf - U.S. Masters champion Trevor Immelman has become the fourth South African',
  'The President of Russia, Vladimir Putin, reiterated this Thursday his support.',
  'Putin, Maduro — old allies',
  'US - Russia talks resume',
  'KAZAN',
  'Latin America',
  'UPDATE 2-Putin says Russia stands by Venezuela',
  'A FIRE-BOMB attack on a bank in Athens left at least three people dead.',
];

for (const line of NOT_DATELINES) {
  test(`reads no dateline in "${line.slice(0, 40)}"`, () => assert.equal(readDateline(line), null));
}

function clean(text: string, metadata: Partial<RawArticle['metadata']> = {}, published: string | null = null) {
  return cleanArticle({ source: 'wire.txt', kind: 'text', text, metadata: { ...EMPTY_METADATA, ...metadata }, encoding: 'utf-8', messages: [] }, { published });
}

const TITLE = 'Putin voices support for Maduro in phone call';
const LEAD = 'Russian President Vladimir Putin expressed solidarity with the Venezuelan people in a phone call with President Nicolas Maduro on Thursday, the Kremlin said.';
const SECOND = 'The call came a day after the United States seized an oil tanker off the coast of Venezuela.';

test('a Reuters dateline gives the outlet and the place; without any other date, "Dec 11" gets no year and the article no date', () => {
  const cleaned = clean(`${TITLE}\n\nMOSCOW, Dec 11 (Reuters) - ${LEAD}\n\n${SECOND}\n`);
  assert.equal(cleaned.metadata.outlet, 'Reuters');
  assert.equal(cleaned.metadata.published, null);
  assert.deepEqual(cleaned.dateline, { place: 'MOSCOW', agency: 'Reuters', date: '--12-11', start: 0, end: 26 });
  assert.equal(cleaned.text.slice(cleaned.dateline!.start, cleaned.dateline!.end), 'MOSCOW, Dec 11 (Reuters) -');
  assert.ok(cleaned.foundInText.includes('outlet') && !cleaned.foundInText.includes('published'));
  assert.ok(cleaned.text.startsWith(`MOSCOW, Dec 11 (Reuters) - ${LEAD}`), 'the dateline stays in the text');
  const message = cleaned.messages.find((candidate) => candidate.origin === 'clean:dateline');
  assert.ok(message);
  assert.equal(`${TITLE}\n\nMOSCOW, Dec 11 (Reuters) - `.slice(message.start, message.end), 'MOSCOW, Dec 11 (Reuters) -');
});

test('"Dec 11" takes its year from --published, nearest to it across a new year, and becomes the found date', () => {
  const cleaned = clean(`${TITLE}\n\nMOSCOW, Dec 11 (Reuters) - ${LEAD}\n`, {}, '2026-01-03');
  assert.equal(cleaned.metadata.published, '2025-12-11');
  assert.equal(cleaned.dateline?.date, '2025-12-11');
  assert.ok(cleaned.foundInText.includes('published'));
});

test('a date the article gives wins over the dateline\'s, which takes its year from it', () => {
  const cleaned = clean(`${TITLE}\n\nDecember 12, 2025\n\nMOSCOW, Dec 11 (Reuters) - ${LEAD}\n`);
  assert.equal(cleaned.metadata.published, '2025-12-12');
  assert.equal(cleaned.dateline?.date, '2025-12-11');
});

test('an outlet named elsewhere wins over the dateline\'s agency', () => {
  const declared = clean(`${TITLE}\n\nCARACAS (AP) — ${LEAD}\n`, { outlet: 'Example Daily' });
  assert.equal(declared.metadata.outlet, 'Example Daily');
  const fromAddress = clean(`${TITLE}\n\nCARACAS (AP) — ${LEAD}\n`, { url: 'https://www.bbc.co.uk/news/world-123' });
  assert.equal(fromAddress.metadata.outlet, 'BBC News');
  assert.equal(fromAddress.dateline?.agency, 'AP');
});

test('a dateline alone above the body is no caption: it stays and joins the first paragraph', () => {
  const withDash = clean(`${TITLE}\n\nMOSCOW (AP) —\n${LEAD}\n\n${SECOND}\n`);
  assert.equal(withDash.text, `MOSCOW (AP) — ${LEAD}\n\n${SECOND}`);
  assert.equal(withDash.metadata.outlet, 'Associated Press');
  const bare = clean(`${TITLE}\n\nMOSCOW\n\n${LEAD}\n\n${SECOND}\n`);
  assert.equal(bare.text, `MOSCOW — ${LEAD}\n\n${SECOND}`);
  assert.equal(bare.dateline?.place, 'MOSCOW');
  assert.ok(!bare.messages.some((message) => message.origin === 'clean:photo-caption'), JSON.stringify(bare.messages));
});

test('a verbless line under the title that is no dateline is still a caption', () => {
  const cleaned = clean(`${TITLE}\n\nVladimir Putin and Nicolás Maduro at the BRICS summit in Kazan.\n\n${LEAD}\n\n${SECOND}\n`);
  assert.ok(cleaned.messages.some((message) => message.origin === 'clean:photo-caption'));
  assert.equal(cleaned.dateline, null);
});

test('no clause holds the dateline: the first clause opens with the story\'s first word', async () => {
  const read = await extractArticleFromBytes('dateline.txt', new TextEncoder().encode(`${TITLE}\n\nMOSCOW, Dec 11 (Reuters) - ${LEAD}\n\n${SECOND}\n`));
  assert.ok('text' in read);
  const article = annotateArticle(read);
  assert.ok(article.dateline);
  const first = article.clauses[0]!;
  assert.ok(article.text.slice(first.start).startsWith('Russian President Vladimir Putin'), article.text.slice(first.start, first.end));
  assert.ok(!first.mentions.some((index) => article.mentions[index]!.text === 'MOSCOW'), 'the dateline\'s place is no mention of the clause');
});
