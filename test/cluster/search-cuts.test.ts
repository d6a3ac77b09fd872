import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeByWords, refineCut } from '../../src/cluster/search-cuts.ts';

const vector = (entries: Record<string, number>) => new Map(Object.entries(entries));

test('an article that weighs no anchor goes with the side whose words it shares; the others stay', () => {
  // two climbers' deaths: the brother's ridge and the glacier; the last article names no one the others name
  const anchors = [vector({ 'entity:vinar': 1 }), vector({ 'entity:vinar': 1 }), vector({ 'entity:gaskin': 1 }), vector({ 'entity:gaskin': 1 }), vector({})];
  const words = [vector({ brother: 0.8, ridge: 0.6 }), vector({ brother: 0.6, ridge: 0.8 }), vector({ glacier: 0.8, helicopter: 0.6 }), vector({ glacier: 1 }), vector({ brother: 0.7, plunge: 0.7 })];
  assert.deepEqual(placeByWords([true, true, false, false, false], anchors, words), [true, true, false, false, true]);
  assert.deepEqual(placeByWords([false, false, true, true, true], anchors, words), [false, false, true, true, false]);
});

test('a side\'s pull moves an article its anchors alone would leave on the other side', () => {
  // the third article shares its anchors with the second side, but its people clash with that side's
  const anchors = [vector({ a: 1 }), vector({ a: 1 }), vector({ a: 0.6, b: 0.8 }), vector({ b: 1 }), vector({ b: 1 })];
  const start = [true, true, false, false, false];
  assert.deepEqual(refineCut(anchors, start, () => 0), start);
  const drawnAway = (index: number, side: boolean) => (index === 2 && !side ? -1 : 0);
  assert.deepEqual(refineCut(anchors, start, drawnAway), [true, true, true, false, false]);
});
