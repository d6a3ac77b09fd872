import type { ClauseFeatures } from './describe-clauses.ts';
import { scorePair, type PairScore } from './score-pair.ts';

/** The fields the kind key reads: test/align/scale-rules.test.ts fails when ClauseFeatures gains one it does not. */
export const KEYED_FIELDS = Object.freeze({
  features: ['clause', 'terms', 'totalWeight', 'concepts', 'entities', 'eventClasses', 'dates', 'unresolvedDays', 'unresolvedMonths', 'durations', 'quantities', 'roles'],
  clause: ['articleId', 'index', 'start', 'end', 'sentence', 'words', 'layer'],
  term: ['key', 'concepts', 'weight', 'rarity', 'eventClass', 'start'],
  word: ['text', 'lemma', 'pos', 'start', 'end', 'sentence'],
  time: ['text', 'value', 'precision', 'start', 'end'],
  quantity: ['text', 'value', 'unit', 'qualifier', 'start', 'end'],
});

const keys = new WeakMap<ClauseFeatures, string>();

/**
 * What a clause says, as one string: all its features but where it stands (article, offsets). Two
 * clauses with the same key score alike against any third, whatever scorePair reads of them, so a
 * story that repeats a wire sentence in 300 articles scores it once. Read once per clause.
 */
export function kindKeyOf(features: ClauseFeatures): string {
  let key = keys.get(features);
  if (key !== undefined) return key;
  const { clause, terms, totalWeight, concepts, entities, eventClasses, dates, unresolvedDays, unresolvedMonths, durations, quantities, roles } = features;
  const times = (list: typeof dates) => list.map((date) => [date.text, date.value, date.precision]);
  key = JSON.stringify([
    clause.words.map((word) => [word.text, word.lemma, word.pos]),
    terms.map((term) => [term.key, term.concepts, term.weight, term.rarity, term.eventClass]),
    totalWeight,
    [...concepts],
    [...entities],
    [...eventClasses],
    times(dates),
    times(unresolvedDays),
    times(unresolvedMonths),
    times(durations),
    quantities.map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.qualifier]),
    roles,
  ]);
  keys.set(features, key);
  return key;
}

/** Each clause's kind (clauses that score alike share one) and how many clauses each kind has. */
export function readKinds(features: readonly ClauseFeatures[]): { kindOf: number[]; sizes: number[] } {
  const kindByKey = new Map<string, number>();
  const kindOf: number[] = [];
  const sizes: number[] = [];
  for (const feature of features) {
    const key = kindKeyOf(feature);
    let kind = kindByKey.get(key);
    if (kind === undefined) {
      kind = sizes.length;
      kindByKey.set(key, kind);
      sizes.push(0);
    }
    sizes[kind]!++;
    kindOf.push(kind);
  }
  return { kindOf, sizes };
}

/**
 * scorePair by clause index, scoring each ordered pair of kinds once: a story where 300 outlets repeat
 * the same wire sentences meets the same pair of sentences again and again. Pairs of two clauses of a
 * kind of their own are not kept, since they cannot come back.
 */
export type PairScorer = (a: number, b: number) => PairScore;

export function createPairScorer(features: readonly ClauseFeatures[]): PairScorer {
  // the kinds are read on the first pair asked: a story of one article asks none
  let kinds: { kindOf: number[]; sizes: number[] } | null = null;
  const scores = new Map<number, PairScore>();
  return (a, b) => {
    kinds ??= readKinds(features);
    const { kindOf, sizes } = kinds;
    const kindA = kindOf[a]!;
    const kindB = kindOf[b]!;
    if (sizes[kindA] === 1 && sizes[kindB] === 1) return scorePair(features[a]!, features[b]!);
    const key = kindA * sizes.length + kindB;
    let score = scores.get(key);
    if (!score) {
      score = scorePair(features[a]!, features[b]!);
      scores.set(key, score);
    }
    return score;
  };
}
