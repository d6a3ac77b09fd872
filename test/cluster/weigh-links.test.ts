import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clashesAcross, clashLinks } from '../../src/cluster/weigh-links.ts';

test('clashes across a cut: the share of its pairs across that clash less the share within', () => {
  const ids = ['a1', 'a2', 'b1', 'b2'];
  // every report of one arrest clashes with every report of the other
  const everyAcross = new Map([
    ['a1', new Set(['b1', 'b2'])],
    ['a2', new Set(['b1', 'b2'])],
    ['b1', new Set(['a1', 'a2'])],
    ['b2', new Set(['a1', 'a2'])],
  ]);
  const links = clashLinks(ids, everyAcross);
  assert.equal(clashesAcross(links, [true, true, false, false]), 1);
  // the same pairs, for a cut through both arrests: half the pairs across clash, and the two pairs within do
  assert.equal(clashesAcross(links, [true, false, true, false]), 0.5 - 1);
  // articles outside the group are left out
  assert.equal(clashLinks(['a1', 'a2'], everyAcross).from.length, 0);
});
