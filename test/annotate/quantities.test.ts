import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTemporalExpressions } from '../../src/annotate/dates/index.ts';
import { findQuantities } from '../../src/annotate/quantities/index.ts';
import { readTokens } from '../../src/annotate/read-tokens.ts';

function quantitiesOf(text: string, english = true) {
  const dates = findTemporalExpressions(text, { published: '2025-12-14', language: english ? 'en' : 'es' });
  return findQuantities(text, readTokens(text).tokens, dates, { english });
}

// [sentence, [text, value, unit, qualifier]]
const ROWS: [string, [string, number | null, string | null, string | null]][] = [
  ['The tanker carried more than one million barrels of crude.', ['more than one million barrels', 1e6, 'barrels', 'more than']],
  ['The letter asked for fourteen missiles for air defence.', ['fourteen missiles', 14, 'missiles', null]],
  ['It also asked for overhauls of 8 aircraft engines.', ['8 aircraft engines', 8, 'aircraft engines', null]],
  ['Russia sent two nuclear-capable bombers.', ['two nuclear-capable bombers', 2, 'bombers', null]],
  ['Trump deployed warships and thousands of personnel.', ['thousands of personnel', null, 'personnel', 'thousands']],
  ['Prices rose 40 percent in a year.', ['40 percent', 40, 'percent', null]],
  ['An ad-free account costs $11.99 a month.', ['$11.99', 11.99, 'USD', null]],
  ['About 2,500 people were evacuated.', ['About 2,500 people', 2500, 'people', 'about']],
  // a model's letters and number written apart name one thing
  ['The commandos recovered 12 AK 47 guns and three rifles.', ['12 AK 47 guns', 12, 'AK 47 guns', null]],
  // a dozen counts what stands before it
  ['Pirates still hold about a dozen ships off the coast.', ['about a dozen ships', 12, 'ships', 'about']],
  ['Police seized two dozen rifles in the raid.', ['two dozen rifles', 24, 'rifles', null]],
  // a numeral and its scale word joined by a hyphen are one number
  ['Robbers stole $137-million of diamonds from the store.', ['$137-million', 137e6, 'USD', null]],
  ['Thieves fled after a 2-million-euro heist in Paris.', ['2-million-euro heist', 2e6, 'euro heist', null]],
  // a magnitude given on the Richter scale, with no noun after the number
  ['The quake measured 5.6 on the Richter scale, officials said.', ['5.6 on the Richter scale', 5.6, 'magnitude', null]],
  // a thousands comma spaced out by the source ("2, 000ft"), read as one figure, not "000ft" and "about 2"
  ['A climber has fallen 2, 000ft to his death on the mountain.', ['2, 000ft', 2000, 'ft', null]],
  ['The climber fell about 2, 000 feet while climbing to a hut.', ['about 2, 000 feet', 2000, 'feet', 'about']],
  ['The club was fined $1, 250 by the league.', ['$1, 250', 1250, 'USD', null]],
  // a list of numbers after a comma is no thousands group
  ['He bought 3, 4 and 5 apples at the market.', ['5 apples', 5, 'apples', null]],
  // a decimal point spaced out by the source ("5. 8"), read as one magnitude, not 8
  ['The station registered a quake measuring 4. 7 on the Richter scale at noon.', ['4. 7 on the Richter scale', 4.7, 'magnitude', null]],
  // a count after a sentence ending in a number keeps its own value
  ['They met in room 3. 8 people came.', ['8 people', 8, 'people', null]],
];

for (const [sentence, [text, value, unit, qualifier]] of ROWS) {
  test(`"${text}"`, () => {
    const found = quantitiesOf(sentence).find((quantity) => quantity.text === text);
    assert.ok(found, JSON.stringify(quantitiesOf(sentence)));
    assert.deepEqual([found.value, found.unit, found.qualifier], [value, unit, qualifier]);
    assert.equal(sentence.slice(found.start, found.end), text);
  });
}

test('a hyphen before a word that is no scale, or set apart by spaces, joins no number', () => {
  const found = quantitiesOf('A 12-member jury heard 30 witnesses, and the team won 3 - million fans said.');
  assert.deepEqual(found.map((quantity) => [quantity.text, quantity.value]).slice(0, 2), [['12-member jury', 12], ['30 witnesses', 30]]);
  assert.ok(found.every((quantity) => quantity.value !== 3e6), JSON.stringify(found));
});

test('dates, durations and bare numbers are no quantities', () => {
  const found = quantitiesOf('In 2018, one day after the seizure on December 11, the talks lasted two weeks and ended at 11.');
  assert.deepEqual(found, []);
});

test('in another language the numerals are still read, with the word after them', () => {
  const found = quantitiesOf('El petrolero transportaba 1.000.000 barriles y la carta pedía 14 misiles.', false);
  assert.deepEqual(found.map((quantity) => [quantity.text, quantity.value]), [['1.000.000 barriles', 1e6], ['14 misiles', 14]]);
});
