import type { ClauseFeatures } from './describe-clauses.ts';
import { readKinds } from './score-kinds.ts';
import { scorePair } from './score-pair.ts';

/** Up to this many kinds of clause (distinct scoring keys), every member is scored against every other. */
const MAX_EXACT_KINDS = 384;
/** Up to this many members, every member is scored against every other (one addition a pair). */
const MAX_EXACT_MEMBERS = 4096;
/** Above either limit, each kind is scored against this many of the most common kinds. */
const REFERENCE_KINDS = 64;

/**
 * The position of the member that shares most with the others (the first among equals): the sum of
 * its similarity to every other member. Members that score alike (a wire sentence many outlets repeat)
 * are one kind and scored once, so the pairs scored grow with the kinds, not the members. A very large
 * group (more than 384 kinds or 4,096 members) is scored against its 64 most common kinds instead, each
 * counting as often as it occurs. On the synthetic stories of bench/align.ts that happens only to the
 * one fact that absorbs most clauses: at 300 articles (3,792 members, 786 kinds) it picks the exact
 * ranking's second, 0.5% below the first; at 1,000 (13,454 members, 1,174 kinds) its first.
 */
export function findCentralClause(members: readonly ClauseFeatures[]): number {
  return rankByCentrality(members)[0] ?? 0;
}

/** The positions of the members, the most central first (as findCentralClause scores them; equals in member order). */
export function rankByCentrality(members: readonly ClauseFeatures[]): number[] {
  // a lone member is the most central: a story of one article has groups of one
  if (members.length <= 1) return members.map((_, index) => index);
  const { kindOf, sizes } = readKinds(members);
  const kinds: ClauseFeatures[] = [];
  kindOf.forEach((kind, index) => (kinds[kind] ??= members[index]!));
  const scores = kinds.length <= MAX_EXACT_KINDS && members.length <= MAX_EXACT_MEMBERS ? exactScores(kinds, kindOf) : approximateScores(kinds, sizes, kindOf);
  return members.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** Each member's summed similarity to every other member. */
function exactScores(kinds: readonly ClauseFeatures[], kindOf: readonly number[]): Float64Array {
  const similarity = kinds.map((kind) => Float64Array.from(kinds, (other) => scorePair(kind, other).similarity));
  const scores = new Float64Array(kindOf.length);
  for (let index = 0; index < kindOf.length; index++) {
    const row = similarity[kindOf[index]!]!;
    // the same terms added in the same order as a sum over every other member
    let score = 0;
    for (let other = 0; other < kindOf.length; other++) if (other !== index) score += row[kindOf[other]!]!;
    scores[index] = score;
  }
  return scores;
}

/** Each member's kind's mean similarity to the members of the most common kinds (itself left out). */
function approximateScores(kinds: readonly ClauseFeatures[], sizes: readonly number[], kindOf: readonly number[]): Float64Array {
  const references = sizes
    .map((size, kind) => ({ size, kind }))
    .sort((a, b) => b.size - a.size || a.kind - b.kind)
    .slice(0, REFERENCE_KINDS);
  const kindScores = kinds.map((kind, index) => {
    let sum = 0;
    let count = 0;
    for (const reference of references) {
      const similarity = scorePair(kind, kinds[reference.kind]!).similarity;
      const others = reference.kind === index ? reference.size - 1 : reference.size;
      sum += others * similarity;
      count += others;
    }
    return count ? sum / count : 0;
  });
  return Float64Array.from(kindOf, (kind) => kindScores[kind]!);
}
