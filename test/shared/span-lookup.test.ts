import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSpanLookup, spanLookup, type Positioned } from '../../src/shared/span-lookup.ts';
import { readAnnotated } from '../read-annotated.ts';
import { SHARED } from '../shared-folder.ts';

/** What a walk over the whole list says: the answers the lookup must give, in list order. */
const walk = {
  within: (spans: readonly Positioned[], start: number, end: number) => spans.filter((span) => span.start >= start && span.end <= end),
  overlapping: (spans: readonly Positioned[], start: number, end: number) => spans.filter((span) => span.start < end && span.end > start),
  containing: (spans: readonly Positioned[], start: number, end: number) => spans.filter((span) => span.start <= start && end <= span.end),
};

test('span lookups over the layers of the seed articles answer as a walk over the whole layer', async () => {
  const folder = path.join(SHARED, 'seeds');
  const texts = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
  const articles = await readAnnotated(texts);
  let asked = 0;
  for (const article of articles) {
    // layers that nest and overlap (quotes hold mentions, dates run across clauses), asked by sentence, clause and token
    const layers: Positioned[][] = [article.sentences, article.mentions, article.quotes, article.dates, article.quantities, [...article.quotes, ...article.attributions.map((attribution) => attribution.cue)]];
    const stretches: Positioned[] = [...article.sentences, ...article.clauses, ...article.tokens, { start: 0, end: 0 }, { start: 0, end: article.text.length }];
    for (const layer of layers) {
      if (!layer.length) continue;
      const lookup = spanLookup(layer);
      for (const { start, end } of stretches) {
        assert.deepEqual(lookup.within(start, end), walk.within(layer, start, end));
        assert.deepEqual(lookup.indexesWithin(start, end), walk.within(layer, start, end).map((span) => layer.indexOf(span)));
        assert.deepEqual(lookup.overlapping(start, end), walk.overlapping(layer, start, end));
        assert.equal(lookup.anyOverlapping(start, end), walk.overlapping(layer, start, end).length > 0);
        assert.deepEqual(lookup.containing(start, end), walk.containing(layer, start, end));
        assert.equal(lookup.anyContaining(start, end), walk.containing(layer, start, end).length > 0);
        asked++;
      }
    }
  }
  assert.ok(asked > 1000, `asked ${asked} times`);
});

test('a list in no particular order is answered in its own order, and a list that grew is indexed again', () => {
  const spans = [{ start: 30, end: 40 }, { start: 0, end: 50 }, { start: 10, end: 20 }, { start: 10, end: 15 }];
  assert.deepEqual(buildSpanLookup(spans).within(5, 45), [spans[0], spans[2], spans[3]]);
  assert.deepEqual(buildSpanLookup(spans).overlapping(12, 31), [spans[0], spans[1], spans[2], spans[3]]);
  assert.equal(spanLookup(spans).anyContaining(41, 45), true);
  spans.push({ start: 60, end: 70 });
  assert.deepEqual(spanLookup(spans).within(55, 75), [spans[4]]);
});
