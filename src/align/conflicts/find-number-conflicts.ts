import { createHash } from 'node:crypto';
import type { Conflict, ConflictValue, Quantity } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { addToValue, factOfMembers, joinPairs, pairKey, sameActPairs, sameAges, sameDoers, samePeople, withPairs, type AlignedClauses } from './conflict-parts.ts';
import { MEASURED, readMeasure, sameMeasure } from './read-measure.ts';
import { isOrdinal, ordinalFigures, repeatWords, sameSeries, type Figure, type Range } from './read-counts.ts';


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
 * Aligned clauses that count the same thing differently: "fourteen missiles" against "sixteen missiles",
 * "fell about 150 metres" against "fell about 200ft". Every pair the aligner linked is compared (see
 * comparedPairs) that says at least `minSimilarity` of the same; in each clause the figure must be the only one of its measure ("13 homers and 20
 * homers" says two), the two clauses must name the same people if both name any (and give no ages
 * years apart: "36-year-old" and "32-year-old" are two people), and say the same of
 * the figure: a word next to it in common ("12 people were injured" / "18 people had been injured"),
 * not "23 points" against "2,117 points" for a career. A difference of precision is not a conflict:
 * "more than one million barrels" and "1.1 million barrels", "thousands of personnel" and "4,000
 * personnel", "about 200" and "210", "about 60 metres" and "200 feet". Disagreeing pairs that share a
 * clause are one conflict.
 */
export function findNumberConflicts(aligned: AlignedClauses, pairs: ReadonlyArray<readonly [number, number]>, persons: ReadonlySet<string>, published: ReadonlyMap<string, string | null>, minSimilarity: number): Conflict[] {
  const { features, texts, scoreOf } = aligned;
  const figures = new Map<number, Figure[]>();
  const figuresOf = (index: number) => {
    if (!figures.has(index)) figures.set(index, countedFigures(features[index]!, texts.get(features[index]!.clause.articleId)!));
    return figures.get(index)!;
  };
  // every figure of each article, with its clause: whether an outlet itself gives a figure, said of the same
  // (read on the first question: a story with no two figures that disagree asks none)
  let figuresByArticle: Map<string, Array<{ figure: Figure; index: number }>> | null = null;
  const listFiguresByArticle = () => {
    const lists = new Map<string, Array<{ figure: Figure; index: number }>>();
    features.forEach((feature, index) => {
      let list = lists.get(feature.clause.articleId);
      if (!list) lists.set(feature.clause.articleId, (list = []));
      for (const figure of figuresOf(index)) list.push({ figure, index });
    });
    return lists;
  };
  const articleGives = (articleId: string, figure: Figure, index: number) =>
    ((figuresByArticle ??= listFiguresByArticle()).get(articleId) ?? []).some(
      (other) => sameMeasure(other.figure, figure) && overlaps(rangeOf(other.figure, figure), rangeOf(figure, other.figure)) && sayTheSameOfIt({ feature: features[other.index]!, quantity: other.figure.quantity }, { feature: features[index]!, quantity: figure.quantity }),
    );
  const disagreeing: Array<readonly [number, number]> = [];
  const figureAt = new Map<number, Figure>();
  // one deed ("the panel deliberated … for 40 hours" / "after 30 hours of deliberation") the aligner did not link
  // or one act done to things of one kind counted ("holding nearly 300 crewmen" / "hold more than 300 crew members")
  const countsOneKind = (a: number, b: number) => figuresOf(a).some((figure) => figuresOf(b).some((other) => sameMeasure(figure, other)));
  const oneDeed = new Set(sameActPairs(features, (index) => figuresOf(index).length > 0, countsOneKind).map(([a, b]) => pairKey(a, b)));
  for (const [a, b] of withPairs(pairs, [...oneDeed].map((key) => key.split(' ').map(Number) as [number, number]))) {
    if ((scoreOf(a, b).similarity < minSimilarity && !oneDeed.has(pairKey(a, b))) || !samePeople(features[a]!, features[b]!, persons) || !sameAges(features[a]!, features[b]!, texts) || !sameDoers(features[a]!, features[b]!)) continue;
    // a stat line ("364 yards and three touchdowns") is set only against one that counts the same things
    if (!sameTally(figuresOf(a), figuresOf(b))) continue;
    for (const figureA of figuresOf(a)) {
      const matching = figuresOf(b).filter((figure) => sameMeasure(figure, figureA));
      if (matching.length !== 1 || figuresOf(a).filter((figure) => sameMeasure(figure, figureA)).length !== 1) continue;
      const figureB = matching[0]!;
      if (overlaps(rangeOf(figureA, figureB), rangeOf(figureB, figureA))) continue;
      // one act counting one kind of thing done to says the same of it ("Pirates holding … nearly 300 crewmen" / "They still hold … more than 300 crew members")
      const countsTheObject = oneDeed.has(pairKey(a, b)) && countsActObject(features[a]!, figureA.quantity) && countsActObject(features[b]!, figureB.quantity);
      if (!countsTheObject && !sayTheSameOfIt({ feature: features[a]!, quantity: figureA.quantity }, { feature: features[b]!, quantity: figureB.quantity })) continue;
      // an outlet that gives both figures, said of the same, tells two things ("fell about 200ft" of one
      // climber, "fallen 2, 000ft" of another); "an $82 million deal" beside "the $80 million offer" does not
      if (articleGives(features[a]!.clause.articleId, figureB, b) || articleGives(features[b]!.clause.articleId, figureA, a)) continue;
      // a clause takes part in one disagreement: its first figure that disagrees
      if ((figureAt.has(a) && figureAt.get(a) !== figureA) || (figureAt.has(b) && figureAt.get(b) !== figureB)) continue;
      figureAt.set(a, figureA).set(b, figureB);
      disagreeing.push([a, b]);
    }
  }
  disagreeing.sort(([a, b], [c, d]) => scoreOf(c, d).similarity - scoreOf(a, b).similarity);
  return joinPairs(disagreeing, (index) => figureAt.get(index)!.quantity.text).map((members) => {
    const key = members.map((index) => `${features[index]!.clause.articleId}:${figureAt.get(index)!.quantity.start}`).join(' ');
    // "about 60 metres" and "200 feet", "1,098 yards" and "1098 yards": one value, said as it was first said
    const values = new Map<string, ConflictValue>();
    const said: Figure[] = [];
    for (const index of members) {
      const figure = figureAt.get(index)!;
      const same = said.find((other) => overlaps(rangeOf(other, figure), rangeOf(figure, other))) ?? figure;
      if (same === figure) said.push(figure);
      addToValue(values, same.quantity.text, features[index]!, texts);
    }
    const measure = figureAt.get(members[0]!)!;
    return {
      id: `c${createHash('sha1').update(`number ${key}`).digest('hex').slice(0, 10)}`,
      kind: 'number' as const,
      about: `how many ${measure.quantity.unit!.toLowerCase() === 'usd' ? 'dollars' : measure.quantity.unit!.toLowerCase()}${describeUpdate(members.map((index) => figureAt.get(index)!), members.map((index) => published.get(features[index]!.clause.articleId) ?? null))}`,
      factId: factOfMembers(aligned, members),
      values: [...values.values()],
    };
  });
}

/**
 * ": rising from 3 (2025-03-01) to 7 (2025-03-02)" where every later report gives more than every
 * earlier one: a toll that grows between reports is an update, not a contradiction. Empty otherwise.
 */
function describeUpdate(figures: readonly Figure[], dates: ReadonlyArray<string | null>): string {
  // a distance or a duration does not grow between reports as a toll does
  if (dates.some((date) => date === null) || figures.some((figure) => MEASURED.has(figure.dimension))) return '';
  const byDate = new Map<string, Figure[]>();
  figures.forEach((figure, index) => byDate.set(dates[index]!, [...(byDate.get(dates[index]!) ?? []), figure]));
  const days = [...byDate.keys()].sort();
  if (days.length < 2) return '';
  const lowest = (list: readonly Figure[]) => Math.min(...list.map((figure) => figure.base.low));
  const highest = (list: readonly Figure[]) => Math.max(...list.map((figure) => figure.base.high));
  const growing = days.every((day, index) => index === 0 || lowest(byDate.get(day)!) > highest(byDate.get(days[index - 1]!)!));
  if (!growing) return '';
  const first = byDate.get(days[0]!)![0]!;
  const last = byDate.get(days.at(-1)!)![0]!;
  return `: an update, from ${first.quantity.text} (${days[0]}) to ${last.quantity.text} (${days.at(-1)})`;
}


/**
 * The figures of a clause that count something: not a figure used as an adjective ("a three-game losing
 * streak", "36-year-old"), a part or its whole ("two of the three victims", "two other victims", "18 of its next 23 games"), a conversion in
 * brackets ("about 60 metres (200 feet)", "$US1 million ($1.52 million)"), a figure broken off a
 * decimal or a compound ("6.0 quake" read as "0 quake", "three - point plays") or a share of a place
 * ("two of Egypt's largest providers").
 */
function countedFigures(feature: ClauseFeatures, text: string): Figure[] {
  const ordinals = ordinalFigures(feature);
  return [...feature.quantities, ...repeatWords(feature)]
    .filter(
      (quantity) =>
        quantity.unit !== null &&
        !/\d-\p{L}|^(one|two|three|four|five|six|seven|eight|nine|ten|\d+) ?- ?|\bother\b|\p{Lu}\p{L}*$/u.test(quantity.text) &&
        !/(\bof(?: (?:the|its|their|his|her))?(?: (?:next|last|first|final|past))?|\(|[\d.,]) ?$/i.test(text.slice(Math.max(0, quantity.start - 20), quantity.start)) &&
        !/^ ?- ?\p{L}/u.test(text.slice(quantity.end, quantity.end + 4)) &&
        (quantity.value !== null || (quantity.qualifier ?? '') in VAGUE_RANGES),
    )
    .map((quantity) => {
      const { unit, dimension, factor } = readMeasure(quantity.unit!);
      const range = quantityRange(quantity);
      return { quantity, unit, dimension, base: { low: range.low * factor, high: range.high * factor } };
    })
    .concat(ordinals);
}


/**
 * Whether two clauses' figures may be compared: each counts one kind of thing, or both count the same
 * number of kinds, one of them in common ("six AK-47 rifles, 12 magazines and about 300 rounds" against
 * "14 AK-47 rifles, 31 magazines and 923 rounds"). "20 points and nine rebounds" against "a career 2,282 points" tells two tallies.
 */
function sameTally(a: readonly Figure[], b: readonly Figure[]): boolean {
  const kinds = (figures: readonly Figure[]) => figures.filter((figure, index) => figures.findIndex((other) => sameMeasure(other, figure)) === index);
  const [kindsA, kindsB] = [kinds(a), kinds(b)];
  if (kindsA.length <= 1 && kindsB.length <= 1) return true;
  // "about a dozen ships and nearly 300 crewmen" / "at least 14 foreign vessels and more than 300 crew members": as many kinds, one at least in common
  return kindsA.length === kindsB.length && kindsA.some((figure) => kindsB.some((other) => sameMeasure(other, figure)));
}


/**
 * Whether a figure counts what the clause's act is done to: after the act's verb, with no comma and no
 * other verb between ("holding about a dozen ships and nearly 300 crewmen", not "taking the vessels to
 * … Somalia, with an estimated 1,500 pirates").
 */
function countsActObject({ clause }: ClauseFeatures, quantity: Quantity): boolean {
  const act = clause.layer.roles.act;
  // "hosted the ceremony five times": how often it was done, not what it was done to
  if (act === null || isOrdinal(quantity) || /^times?$/i.test(quantity.unit ?? '')) return false;
  const verb = clause.words[act - clause.layer.firstToken];
  if (!verb || verb.end > quantity.start) return false;
  return !clause.words.some((word) => word.start > verb.end && word.end <= quantity.start && (word.text === ',' || word.text === ';' || word.pos === 'VERB'));
}

/** Content words within this many words of a figure say what it counts: "12 people were injured". */
const CONTEXT_WORDS = 3;
const CONTEXT_POS = new Set(['NOUN', 'VERB', 'ADJ']);

/**
 * Whether two figures are said of the same: a content word near each in common ("12 people were
 * injured" / "18 people had been injured"); for ordinals, which name what they count,
 * a name in both clauses ("Cheeks … is the fourth head coach since King took over" / "Cheeks will be
 * the fifth Sixers coach … under his watch").
 */
function sayTheSameOfIt(a: { feature: ClauseFeatures; quantity: Quantity }, b: { feature: ClauseFeatures; quantity: Quantity }): boolean {
  if (isOrdinal(a.quantity) && isOrdinal(b.quantity)) return [...a.feature.entities].some((id) => b.feature.entities.has(id)) && sameSeries(a, b);
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

/**
 * The values a figure allows, as an interval in its measure's base unit: "more than one million" →
 * (1,000,000, ∞); "about 200" → 180–220. Set against a figure of another unit ("200 feet" against
 * "60 metres") it allows CONVERSION_SLACK more either way, as a converted figure is rounded.
 */
function rangeOf(figure: Figure, other?: Figure): Range {
  // "200 feet" against "60 metres" is a conversion; "crewmen" against "crew members" is one count, spelled twice
  const slack = other && MEASURED.has(figure.dimension) && other.quantity.unit !== figure.quantity.unit ? CONVERSION_SLACK : 0;
  return { low: figure.base.low * (1 - slack), high: figure.base.high * (1 + slack) };
}

/** How far a figure converted from another unit may stray: "2,000 ft (609 metres)" and "about 600 metres". */
const CONVERSION_SLACK = 0.05;

/** The figures a quantity allows, in its own unit. */
function quantityRange(quantity: Quantity): Range {
  const { value, qualifier } = quantity;
  if (value === null) return VAGUE_RANGES[qualifier ?? ''] ?? { low: -Infinity, high: Infinity };
  switch (qualifier) {
    // "more than 300" leaves 300 out, so "nearly 300" (short of it) cannot be the same count
    case 'more than': case 'over': case 'just over':
      return { low: above(value), high: Infinity };
    case 'at least':
      return { low: value, high: Infinity };
    case 'less than': case 'fewer than': case 'under': case 'just under':
      return { low: 0, high: below(value) };
    case 'at most': case 'up to': case 'no more than': case 'as many as': case 'as much as':
      return { low: 0, high: value };
    case 'nearly': case 'almost':
      return { low: value * (1 - HEDGE), high: below(value) };
    case 'close to':
      return { low: value * (1 - HEDGE), high: value };
    case 'about': case 'around': case 'roughly': case 'approximately': case 'some': case 'an estimated':
      return { low: value * (1 - HEDGE), high: value * (1 + HEDGE) };
    default: {
      const slack = isRound(value) ? Math.abs(value) * ROUNDING : 0;
      return { low: value - slack, high: value + slack };
    }
  }
}

/** Just above or below a figure, for bounds that leave it out: "more than 300", "nearly 300". */
const above = (value: number) => value + Math.max(Math.abs(value), 1) * 1e-9;
const below = (value: number) => value - Math.max(Math.abs(value), 1) * 1e-9;

/** A figure written with trailing zeros, as rounded figures are: 200, 1,000,000 (not 14, not 1,150). */
function isRound(value: number): boolean {
  return Number.isInteger(value) && value >= 100 && /^[1-9]0+$/.test(String(value));
}

function overlaps(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}
