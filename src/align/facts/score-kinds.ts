import type { ClauseFeatures } from './describe-clauses.ts';
import { scorePair, scoringKey, type PairScore } from './score-pair.ts';

const keys = new WeakMap<ClauseFeatures, string>();

/** The clause's scoring key (see scoringKey), read once per clause. */
export function kindKeyOf(features: ClauseFeatures): string {
  let key = keys.get(features);
  if (key === undefined) {
    key = scoringKey(features);
    keys.set(features, key);
  }
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
export function createPairScorer(features: readonly ClauseFeatures[]): (a: number, b: number) => PairScore {
  const { kindOf, sizes } = readKinds(features);
  const kinds = sizes.length;
  const scores = new Map<number, PairScore>();
  return (a, b) => {
    const kindA = kindOf[a]!;
    const kindB = kindOf[b]!;
    if (sizes[kindA] === 1 && sizes[kindB] === 1) return scorePair(features[a]!, features[b]!);
    const key = kindA * kinds + kindB;
    let score = scores.get(key);
    if (!score) {
      score = scorePair(features[a]!, features[b]!);
      scores.set(key, score);
    }
    return score;
  };
}
