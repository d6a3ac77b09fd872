import type { ClauseFeatures } from './describe-clauses.ts';
import { RARE_WEIGHT } from './score-pair.ts';

/** A posting list stops growing here: later clauses still meet its first members, not every member. */
const MAX_POSTING = 48;

/**
 * Pairs of clauses from different articles that share a concept of a rare term, through an inverted
 * index rather than all pairs. A concept every clause of a large story carries keeps only its first
 * members, so the cost grows with the number of clauses, not with its square.
 */
export function findCandidatePairs(features: readonly ClauseFeatures[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  const pairs: Array<[number, number]> = [];
  for (let index = 0; index < features.length; index++) {
    const clause = features[index]!;
    const keys = new Set(clause.terms.filter((term) => term.weight >= RARE_WEIGHT).flatMap((term) => term.concepts));
    const met = new Set<number>();
    for (const key of keys) {
      const posting = postings.get(key);
      if (!posting) {
        postings.set(key, [index]);
        continue;
      }
      for (const other of posting) {
        if (!met.has(other) && features[other]!.clause.articleId !== clause.clause.articleId) {
          met.add(other);
          pairs.push([other, index]);
        }
      }
      if (posting.length < MAX_POSTING) posting.push(index);
    }
  }
  return pairs;
}
