import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDifference, firstDifference } from './first-difference.ts';

// [expected, actual, the first difference as the failure names it (null: equal)]
const CASES: [unknown, unknown, string | null][] = [
  [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, null],
  [{ a: 1 }, { a: 2 }, '$.a: expected 1, got 2'],
  [{ a: { b: [1, 2, 3] } }, { a: { b: [1, 5, 6] } }, '$.a.b[1]: expected 2, got 5'],
  [[1, 2], [1, 2, 3], '$[2]: expected (absent), got 3'],
  [[1, 2, 3], [1, 2], '$[2]: expected 3, got (absent)'],
  [{ a: 1, b: 2 }, { a: 1 }, '$.b: expected 2, got (absent)'],
  [{ a: 1 }, { a: 1, extra: 'x' }, '$.extra: expected (absent), got "x"'],
  [{ 'two words': null }, { 'two words': 0 }, '$["two words"]: expected null, got 0'],
  [{ span: [0, 4] }, { span: { start: 0, end: 4 } }, '$.span: expected [0,4], got {"start":0,"end":4}'],
  [
    { articles: [{ messages: [{ reason: 'title: "A"' }, { reason: 'byline' }] }] },
    { articles: [{ messages: [{ reason: 'title: "A"' }, { reason: 'byline: "B"' }] }] },
    '$.articles[0].messages[1].reason: expected "byline", got "byline: \\"B\\""',
  ],
];

for (const [expected, actual, named] of CASES) {
  test(`first difference of ${JSON.stringify(expected)} and ${JSON.stringify(actual)}: ${named ?? 'none'}`, () => {
    const found = firstDifference(expected, actual);
    assert.equal(found && describeDifference(found), named);
  });
}

test('a long value is cut, so that a failure stays one line', () => {
  const found = firstDifference({ text: 'a'.repeat(500) }, { text: 'b' });
  assert.equal(describeDifference(found!, 20), `$.text: expected "${'a'.repeat(18)}…, got "b"`);
});
