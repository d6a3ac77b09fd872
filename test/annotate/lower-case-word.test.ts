import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLowerCaseWordTest } from '../../src/annotate/quotes/find-lower-case-word.ts';

// [text, word, whether the text writes the word in lower case]
const ROWS: [string, string, boolean][] = [
  ['Women marched. The women said so.', 'women', true],
  ['Women marched. Women said so.', 'women', false],
  ['a well-known case', 'well-known', true],
  ['a well-known case', 'known', false], // inside "well-known", not a word of its own
  ['X-rays were taken', 'rays', true], // "X" is a capital: the small letters start after the hyphen
  ['X-rays were taken', 'x-rays', false],
  ["O'Neill and o'neill", "o'neill", true],
  ['the womenfolk', 'women', false], // only the whole run counts
  ['Émile and émile', 'émile', true],
  ['a𝐀b', 'b', false], // "𝐀" is a letter (outside the BMP): "b" follows a letter
  ['', 'word', false],
  ['some text', '', false],
];

test('whether a text writes a word in lower case, as a scan of the whole text would say', () => {
  for (const [text, word, expected] of ROWS) {
    assert.equal(createLowerCaseWordTest(text)(word), expected, `${JSON.stringify(word)} in ${JSON.stringify(text)}`);
    const scanned = new Set(text.match(/(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu) ?? []);
    assert.equal(scanned.has(word), expected, `the scan agrees on ${JSON.stringify(word)} in ${JSON.stringify(text)}`);
  }
});

test('a long text (scanned once for all its words) answers as a short one does', () => {
  // ". " has no letters: padded past the length where the whole text is scanned at once, each answer stays
  const padding = '. '.repeat(40_000);
  for (const [text, word, expected] of ROWS) {
    assert.equal(createLowerCaseWordTest(`${text}\n${padding}`)(word), expected, `${JSON.stringify(word)} in a long text opening ${JSON.stringify(text)}`);
  }
});
