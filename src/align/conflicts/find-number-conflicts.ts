import { createHash } from 'node:crypto';
import type { Conflict, ConflictValue, Quantity } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, samePeople, type AlignedClauses, type ComparedUnit } from './conflict-parts.ts';

/** The values a quantity allows, as an interval. */
interface Range {
  low: number;
  high: number;
}

/** "thousands of personnel": at least the magnitude, under the next one. */
const VAGUE_RANGES: Readonly<Record<string, Range>> = Object.freeze({
  tens: { low: 10, high: 100 },
  dozens: { low: 24, high: 200 },
  hundreds: { low: 200, high: 1e3 },
  thousands: { low: 2e3, high: 1e6 },
  millions: { low: 2e6, high: 1e9 },
  billions: { low: 2e9, high: 1e12 },
});
/** How far a hedged figure may stray: "about 200" allows 10% either way; "nearly 200" only below. */
const HEDGE = 0.1;
/** A round figure ("one million", "200") may stand for a figure this close to it: "1.1 million" and "one million". */
const ROUNDING = 0.1;

/**
 * Aligned clauses that count the same thing differently: "fourteen missiles" against "sixteen missiles".
 * Each clause must give one figure of that unit, the two clauses must say at least `minSimilarity`
 * of the same things, name the same people if both name any, and say the same of the figure: a word
 * next to it in common ("12 people were injured" / "18 people had been injured"), not "23 points"
 * against "2,117 points" for a career. A difference of precision is not a conflict: "more than one million barrels" and
 * "1.1 million barrels", "thousands of personnel" and "4,000 personnel", "about 200" and "210".
 */
export function findNumberConflicts({ features, scoreOf, factIdOf, texts }: AlignedClauses, units: readonly ComparedUnit[], persons: ReadonlySet<string>, minSimilarity: number): Conflict[] {
  const figures = new Map<number, Quantity | null>();
  const figureOf = (index: number) => {
    if (!figures.has(index)) figures.set(index, soleQuantity(features[index]!, texts.get(features[index]!.clause.articleId)!));
    return figures.get(index)!;
  };
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const { members, pairs } of units) {
    const disagreeing = new Set<number>();
    for (const [a, b] of pairs) {
      const [figureA, figureB] = [figureOf(a), figureOf(b)];
      if (!figureA || !figureB || features[a]!.clause.articleId === features[b]!.clause.articleId || unitKey(figureA) !== unitKey(figureB)) continue;
      const compared = { feature: features[a]!, quantity: figureA };
      const other = { feature: features[b]!, quantity: figureB };
      if (overlaps(rangeOf(figureA), rangeOf(figureB)) || !sayTheSameOfIt(compared, other) || !samePeople(features[a]!, features[b]!, persons)) continue;
      if (scoreOf(a, b).similarity < minSimilarity) continue;
      disagreeing.add(a).add(b);
    }
    if (!disagreeing.size) continue;
    const ordered = [...disagreeing].sort((x, y) => x - y);
    const key = ordered.map((index) => `${features[index]!.clause.articleId}:${figureOf(index)!.start}`).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const values = new Map<string, ConflictValue>();
    for (const index of ordered) addToValue(values, figureOf(index)!.text, features[index]!, texts);
    conflicts.push({
      id: `c${createHash('sha1').update(`number ${key}`).digest('hex').slice(0, 10)}`,
      kind: 'number',
      about: `how many ${unitKey(figureOf(ordered[0]!)!)}`,
      factId: factIdOf(members),
      values: [...values.values()],
    });
  }
  return conflicts;
}

/**
 * The figure of a clause that gives one only: "fourteen missiles", not "13 homers and 43 RBIs in 54
 * games", whose figures another clause may take in another order. A figure used as an adjective
 * ("a three-game losing streak") counts nothing; a part ("two of the three victims", "two other
 * victims") or a conversion in brackets ("$US1 million ($1.52 million)") counts something else, and
 * so does a figure broken off a decimal or a compound ("6.0 quake" read as "0 quake", "three - point
 * plays") or a share of a place ("two of Egypt's largest providers").
 */
function soleQuantity(feature: ClauseFeatures, text: string): Quantity | null {
  const counting = feature.quantities.filter(
    (quantity) =>
      quantity.unit !== null &&
      !/\d-\p{L}|^(one|two|three|four|five|six|seven|eight|nine|ten|\d+) ?- ?|\bother\b|\p{Lu}\p{L}*$/u.test(quantity.text) &&
      !/(\bof(?: the)?|\(|[\d.]) ?$/i.test(text.slice(Math.max(0, quantity.start - 8), quantity.start)) &&
      !/^ ?- ?\p{L}/u.test(text.slice(quantity.end, quantity.end + 4)),
  );
  if (counting.length !== 1 || feature.quantities.length !== 1) return null;
  const [quantity] = counting;
  return quantity!.value !== null || (quantity!.qualifier ?? '') in VAGUE_RANGES ? quantity! : null;
}

/** Content words within this many words of a figure say what it counts: "12 people were injured". */
const CONTEXT_WORDS = 3;
const CONTEXT_POS = new Set(['NOUN', 'VERB', 'ADJ']);

function sayTheSameOfIt(a: { feature: ClauseFeatures; quantity: Quantity }, b: { feature: ClauseFeatures; quantity: Quantity }): boolean {
  const near = contextOf(b.feature, b.quantity);
  return [...contextOf(a.feature, a.quantity)].some((lemma) => near.has(lemma));
}

/** The content lemmas just before and after a figure, its own words left out. */
function contextOf(feature: ClauseFeatures, quantity: Quantity): Set<string> {
  const { words } = feature.clause;
  const first = words.findIndex((word) => word.end > quantity.start);
  let last = words.findIndex((word) => word.start >= quantity.end);
  if (last < 0) last = words.length;
  return new Set(
    [...words.slice(Math.max(0, first - CONTEXT_WORDS), Math.max(0, first)), ...words.slice(last, last + CONTEXT_WORDS)]
      .filter((word) => CONTEXT_POS.has(word.pos) && !['be', 'have', 'say'].includes(word.lemma))
      .map((word) => word.lemma),
  );
}

/** "barrels" and "barrel", "Missiles" and "missiles" count the same thing. */
function unitKey(quantity: Quantity): string {
  return quantity.unit!.toLowerCase().replace(/(?<=[^s])s$/, '');
}

/** The figures a quantity allows: "more than one million" → (1,000,000, ∞); "about 200" → 180–220. */
function rangeOf(quantity: Quantity): Range {
  const { value, qualifier } = quantity;
  if (value === null) return VAGUE_RANGES[qualifier ?? ''] ?? { low: -Infinity, high: Infinity };
  switch (qualifier) {
    case 'more than': case 'over': case 'just over': case 'at least':
      return { low: value, high: Infinity };
    case 'less than': case 'fewer than': case 'under': case 'just under': case 'at most': case 'up to': case 'no more than': case 'as many as': case 'as much as':
      return { low: 0, high: value };
    case 'nearly': case 'almost': case 'close to':
      return { low: value * (1 - HEDGE), high: value };
    case 'about': case 'around': case 'roughly': case 'approximately': case 'some': case 'an estimated':
      return { low: value * (1 - HEDGE), high: value * (1 + HEDGE) };
    default: {
      const slack = isRound(value) ? Math.abs(value) * ROUNDING : 0;
      return { low: value - slack, high: value + slack };
    }
  }
}

/** A figure written with trailing zeros, as rounded figures are: 200, 1,000,000 (not 14, not 1,150). */
function isRound(value: number): boolean {
  return Number.isInteger(value) && value >= 100 && /^[1-9]0+$/.test(String(value));
}

function overlaps(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}
