import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { scoreCorpus, scorePage, tokenize } from '../../../bench/shingle-f1.ts';
import { sharedPath } from '../../shared-folder.ts';

test('shingle F1: tokens are runs of letters, digits and underscore, case kept', () => {
  assert.deepEqual(tokenize('Hello, wörld! It’s 2019_v2 — ok.'), ['Hello', 'wörld', 'It', 's', '2019_v2', 'ok']);
});

const PAGE_ROWS: [name: string, gold: string, predicted: string, expected: { precision: number; recall: number; exact: boolean }][] = [
  ['identical texts', 'one two three four five', 'one two three four five', { precision: 1, recall: 1, exact: true }],
  ['punctuation and spacing do not count', 'one, two. three four!', 'one two\n\nthree four', { precision: 1, recall: 1, exact: true }],
  ['an empty prediction', 'one two three four', '', { precision: 0, recall: 0, exact: false }],
  // gold shingles: 1234 2345; predicted: 1234 2345 3456 → tp 2, fp 1
  ['one extra word', 'one two three four five', 'one two three four five six', { precision: 2 / 3, recall: 1, exact: false }],
  // fewer than four tokens: one shingle of all of them
  ['short texts that differ', 'a b c', 'a b', { precision: 0, recall: 0, exact: false }],
  ['case is kept', 'One two three four', 'one two three four', { precision: 0, recall: 0, exact: false }],
];

for (const [name, gold, predicted, expected] of PAGE_ROWS) {
  test(`shingle F1: ${name}`, () => {
    const page = scorePage(gold, predicted);
    assert.equal(page.precision.toFixed(6), expected.precision.toFixed(6));
    assert.equal(page.recall.toFixed(6), expected.recall.toFixed(6));
    assert.equal(page.exact, expected.exact);
  });
}

test('shingle F1: an empty prediction costs recall only; F1 is the harmonic mean of the means', () => {
  const score = scoreCorpus([scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')]);
  assert.equal(score.precision, 1);
  assert.equal(score.recall, 0.5);
  assert.equal(score.f1.toFixed(6), (2 / 3).toFixed(6));
  assert.equal(score.exact, 0.5);
});

test("shingle F1: reproduces the benchmark's published Readability.js figure on the 85 dev pages (0.949)", () => {
  const folder = sharedPath('data', 'extraction');
  const gold = JSON.parse(readFileSync(join(folder, 'ground-truth.dev.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const references = JSON.parse(gunzipSync(readFileSync(join(folder, 'reference-outputs.dev.json.gz'))).toString('utf8')) as Record<
    string,
    { output: Record<string, { articleBody: string }> }
  >;
  const output = references['readability_js']!.output;
  const score = scoreCorpus(Object.keys(gold).map((id) => scorePage(gold[id]!.articleBody, output[id]?.articleBody ?? '')));
  assert.equal(score.f1.toFixed(3), '0.949');
  assert.equal(score.precision.toFixed(3), '0.916');
  assert.equal(score.recall.toFixed(3), '0.984');
});
