import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTokens } from '../../src/annotate/read-tokens.ts';

const sentencesOf = (text: string) => readTokens(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));

// [text, its sentences]
const ROWS: [string, string[]][] = [
  ['U.S. forces seized a tanker. Mr. Smith said so.', ['U.S. forces seized a tanker.', 'Mr. Smith said so.']],
  ['The deal was signed in Washington, D.C. on Monday by Dr. Jones.', ['The deal was signed in Washington, D.C. on Monday by Dr. Jones.']],
  ['A long alliance\n\nRussia and Venezuela have had a close relationship.', ['A long alliance', 'Russia and Venezuela have had a close relationship.']],
  ['By Jane Doe\nThe minister resigned on Friday.', ['By Jane Doe', 'The minister resigned on Friday.']],
  ['The two presidents at the summit in Kazan\nThe talks lasted two hours.', ['The two presidents at the summit in Kazan', 'The talks lasted two hours.']],
  // a "?" left where a euro sign was lost is no question; a real question still ends its sentence
  ['Greece agreed a? 110-billion bailout at the weekend. Will it hold? 12 banks doubt it.', ['Greece agreed a? 110-billion bailout at the weekend.', 'Will it hold?', '12 banks doubt it.']],
];

for (const [text, expected] of ROWS) {
  test(`sentences of "${text.replace(/\n/g, '⏎').slice(0, 50)}"`, () => assert.deepEqual(sentencesOf(text), expected));
}

test('tokens point at their own characters, line breaks are not tokens', () => {
  const text = 'Putin’s “solidarity”\n\nwith Nicolás Maduro — the U.S. said.';
  const { tokens } = readTokens(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  assert.ok(tokens.every((token) => token.text.trim()));
});
