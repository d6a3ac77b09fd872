import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nestSegments, segmentSpans } from '../../src/report/segment-spans.ts';

interface Named {
  start: number;
  end: number;
  name: string;
}

/** Spans as `<name>` / `<name…>` (a later piece) tags around the text, to read nesting at a glance. */
function nest(text: string, spans: Named[], from = 0, to = text.length, opened = new Set<Named>()): string {
  return nestSegments(text, segmentSpans(spans, from, to), { open: (span, first) => `<${span.name}${first ? '' : '…'}>`, close: (span) => `</${span.name}>`, text: (piece) => piece }, opened);
}

const span = (name: string, start: number, end: number): Named => ({ name, start, end });

for (const [title, spans, expected] of [
  ['no spans: the text as it is', [], 'abcdefghij'],
  ['disjoint spans', [span('a', 0, 2), span('b', 5, 7)], '<a>ab</a>cde<b>fg</b>hij'],
  ['a span inside another nests', [span('a', 1, 8), span('b', 3, 5)], 'a<a>bc<b>de</b>fgh</a>ij'],
  ['crossing spans: the later one is closed and opened again', [span('a', 0, 6), span('b', 3, 9)], '<a>abc<b>def</b></a><b…>ghi</b>j'],
  ['same start: the longer one outside', [span('b', 2, 4), span('a', 2, 8)], 'ab<a><b>cd</b>efgh</a>ij'],
  ['same span twice: both, in input order', [span('a', 2, 4), span('b', 2, 4)], 'ab<a><b>cd</b></a>efghij'],
  ['spans past the text are clipped, empty ones dropped', [span('a', 8, 20), span('b', 3, 3)], 'abcdefgh<a>ij</a>'],
] as const) {
  test(`nestSegments: ${title}`, () => assert.equal(nest('abcdefghij', [...spans]), expected));
}

test('a span running over two calls (two paragraphs) is first only in the first', () => {
  const opened = new Set<Named>();
  const spans = [span('a', 2, 7)];
  assert.equal(nest('abcd\nefgh', spans, 0, 4, opened), 'ab<a>cd</a>');
  assert.equal(nest('abcd\nefgh', spans, 5, 9, opened), '<a…>ef</a>gh');
});
