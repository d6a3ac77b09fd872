import type { ClauseFeatures } from './describe-clauses.ts';
import { numberArticles } from './number-articles.ts';
import { RARE_WEIGHT } from './score-pair.ts';

/** A posting list stops growing here: later clauses still meet its first members, not every member. */
const MAX_POSTING = 48;

/**
 * Pairs of clauses from different articles that share a concept of a rare term, through an inverted
 * index rather than all pairs, each handed to `onPair` once (the earlier clause first). A concept every
 * clause of a large story carries keeps only its first members, so the cost grows with the number of
 * clauses, not with its square.
 */
export function findCandidatePairs(features: readonly ClauseFeatures[], onPair: (a: number, b: number) => void): void {
  const postings = new Map<string, number[]>();
  const articleOf = numberArticles(features.map(({ clause }) => clause.articleId));
  // the clauses of one article make no pair: a story of one long article need not index its terms
  if (articleOf.every((article) => article === 0)) return;
  // metBy[other] === index once other has been paired with index
  const metBy = new Int32Array(features.length).fill(-1);
  for (let index = 0; index < features.length; index++) {
    const article = articleOf[index]!;
    const keys = new Set(features[index]!.terms.filter((term) => term.weight >= RARE_WEIGHT).flatMap((term) => term.concepts));
    for (const key of keys) {
      const posting = postings.get(key);
      if (!posting) {
        postings.set(key, [index]);
        continue;
      }
      for (const other of posting) {
        if (metBy[other] !== index && articleOf[other] !== article) {
          metBy[other] = index;
          onPair(other, index);
        }
      }
      if (posting.length < MAX_POSTING) posting.push(index);
    }
  }
}
