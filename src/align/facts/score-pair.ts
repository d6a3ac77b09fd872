import type { ClauseFeatures, Term } from './describe-clauses.ts';

/** Terms at least this rare count as "rare" for the two-rare-words rule. */
export const RARE_WEIGHT = 2.5;

export interface PairScore {
  /** The geometric mean of the matched share of each clause's weight, 0..1 (a weighted cosine of sets). */
  similarity: number;
  /** Rare terms of the first clause that meet a concept of the second. */
  sharedRare: number;
  /** Event classes both clauses name ("coerce.seize" for "seized" and "interception"). */
  sharedEvents: number;
}

/**
 * How much two clauses of different articles say the same: each term of one that meets a concept of the
 * other ("intercepted" meets "seized", "telephone" meets "phone") counts with its weight.
 */
export function scorePair(a: ClauseFeatures, b: ClauseFeatures): PairScore {
  const matchedA = matchedTerms(a.terms, b.concepts);
  const matchedB = matchedTerms(b.terms, a.concepts);
  const weight = (terms: Term[]) => terms.reduce((sum, term) => sum + term.weight, 0);
  let sharedEvents = 0;
  for (const eventClass of a.eventClasses) if (b.eventClasses.has(eventClass)) sharedEvents++;
  return {
    similarity: a.totalWeight > 0 && b.totalWeight > 0 ? Math.sqrt((weight(matchedA) / a.totalWeight) * (weight(matchedB) / b.totalWeight)) : 0,
    sharedRare: Math.min(matchedA.filter((term) => term.weight >= RARE_WEIGHT).length, matchedB.filter((term) => term.weight >= RARE_WEIGHT).length),
    sharedEvents,
  };
}

function matchedTerms(terms: readonly Term[], concepts: ReadonlySet<string>): Term[] {
  return terms.filter((term) => term.concepts.some((concept) => concepts.has(concept)));
}
