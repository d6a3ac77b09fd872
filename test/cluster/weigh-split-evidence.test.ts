import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weighSplitEvidence } from '../../src/cluster/weigh-split-evidence.ts';

/** Articles as the anchors they give, each once. */
const articles = (...anchorLists: string[][]) => anchorLists.map((anchors) => new Map(anchors.map((anchor) => [anchor, 1])));
const cut = (first: number, total: number) => Array.from({ length: total }, (_, index) => index < first);

test('sides that each give their own names and years weigh more than sides that share them', () => {
  const apart = articles(['quake', 'tabriz', 'year:2011'], ['quake', 'tabriz', 'year:2011'], ['quake', 'tabriz', 'year:2011'], ['quake', 'qazvin', 'year:2014'], ['quake', 'qazvin', 'year:2014'], ['quake', 'qazvin', 'year:2014']);
  const together = articles(['quake', 'tabriz', 'year:2011'], ['quake', 'tabriz'], ['tabriz', 'year:2011'], ['quake', 'tabriz', 'year:2011'], ['quake', 'tabriz'], ['tabriz', 'year:2011']);
  assert.ok(weighSplitEvidence(apart, cut(3, 6)) > 1.4, 'two sets of anchors that never meet');
  assert.ok(weighSplitEvidence(together, cut(3, 6)) < 0, 'one set of anchors cut in two');
});

test('the same anchors cut the wrong way weigh less than cut the right way', () => {
  const group = articles(['a', 'x'], ['a', 'x'], ['a', 'x'], ['b', 'y'], ['b', 'y'], ['b', 'y']);
  const right = weighSplitEvidence(group, cut(3, 6));
  const wrong = weighSplitEvidence(group, [true, true, false, true, false, false]);
  assert.ok(right > wrong, `${right} > ${wrong}`);
});

test('a cut with an empty side, and anchors given by one article only, weigh nothing', () => {
  const group = articles(['a'], ['b'], ['c'], ['d']);
  assert.equal(weighSplitEvidence(group, [true, true, true, true]), 0);
  assert.equal(weighSplitEvidence(group, cut(2, 4)), 0);
});

test('anchors fewer articles give than the least asked for are left out of the evidence', () => {
  // two events of ten articles each, their own place in every article; stray names shared by two
  // articles across the cut ("Atlanta" in one report of each) pull the evidence down only when counted
  const first = Array.from({ length: 10 }, () => ['tabriz']);
  const second = Array.from({ length: 10 }, () => ['qazvin']);
  for (let stray = 0; stray < 8; stray++) {
    first[stray]!.push(`stray${stray}`);
    second[stray]!.push(`stray${stray}`);
  }
  const group = articles(...first, ...second);
  const counted = weighSplitEvidence(group, cut(10, 20));
  const leftOut = weighSplitEvidence(group, cut(10, 20), 3);
  assert.ok(counted < leftOut, `${counted} < ${leftOut}`);
  assert.ok(leftOut > 1.4, 'only the two places counted: two sets that never meet');
});
