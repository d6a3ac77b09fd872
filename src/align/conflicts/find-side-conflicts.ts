import type { Conflict } from '../../model/index.ts';
import type { ClauseFeatures } from '../facts/describe-clauses.ts';
import { joinPairs, placeConflict, type AlignedClauses } from './conflict-parts.ts';

/** "into the store", "inside the courtroom" against "out of the store", "outside the courtroom". */
const SIDE = /\b(into|inside|in|out of|outside)\s+(?:the|a|an|his|her|their)\s+(\p{Ll}+)\b/gu;
const INSIDE = new Set(['into', 'inside', 'in']);

interface Side {
  /** Where the phrase starts in the article's text. */
  start: number;
  inside: boolean;
  noun: string;
  phrase: string;
}

/**
 * Aligned statements that put one deed on the two sides of one place: "was walking into the store"
 * against "were walking out of the store", "burst into the courtroom and shot" against "Outside the
 * courtroom, Nichols shot". The two must name the same kind of event, and each clause that place
 * once; the noun must be the same word.
 */
export function findSideConflicts(aligned: AlignedClauses, pairs: ReadonlyArray<readonly [number, number]>): Conflict[] {
  const { features, texts, scoreOf } = aligned;
  const sides = features.map(({ clause }) => sidesOf(texts.get(clause.articleId)!.slice(clause.start, clause.end), clause.start));
  const sideAt = new Map<number, Side>();
  const disagreeing = pairs.filter(([a, b]) => {
    if (scoreOf(a, b).sharedEvents < 1) return false;
    for (const sideA of sides[a]!) {
      const sideB = sides[b]!.find((other) => other.noun === sideA.noun);
      if (!sideB || sideB.inside === sideA.inside) continue;
      // the same kind of deed beside the place on both sides: "into the courtroom and shot and killed" and
      // "Outside the courtroom, Nichols shot and killed", not "erupted outside the building" and "locking them in the building"
      const eventsB = eventsNear(features[b]!, sideB.start);
      if (![...eventsNear(features[a]!, sideA.start)].some((eventClass) => eventsB.has(eventClass))) continue;
      if ((sideAt.has(a) && sideAt.get(a) !== sideA) || (sideAt.has(b) && sideAt.get(b) !== sideB)) continue;
      sideAt.set(a, sideA).set(b, sideB);
      return true;
    }
    return false;
  });
  // one value a side, said as it was first said: "out of a store" and "outside the store" are one
  return joinPairs(disagreeing, (index) => String(sideAt.get(index)!.inside)).map((members) =>
    placeConflict('side', aligned, members, (index) => ({ side: String(sideAt.get(index)!.inside), phrase: sideAt.get(index)!.phrase })),
  );
}

/** Words either side of a place phrase whose events it may tell where: "burst into the courtroom and shot and killed". */
const NEAR_WORDS = 6;

/** The event classes of the terms within NEAR_WORDS words of an offset of the clause. */
function eventsNear(feature: ClauseFeatures, offset: number): Set<string> {
  const { words } = feature.clause;
  const at = words.findIndex((word) => word.start >= offset);
  const from = words[Math.max(0, at - NEAR_WORDS)]?.start ?? feature.clause.start;
  const to = words[Math.min(words.length - 1, at + NEAR_WORDS + 2)]?.end ?? feature.clause.end;
  return new Set(feature.terms.filter((term) => term.eventClass !== null && term.start >= from && term.start < to).map((term) => term.eventClass!));
}

/** The places a clause puts something inside or outside of, each noun said once. */
function sidesOf(text: string, offset: number): Side[] {
  // "Outside the courtroom, Nichols shot": the sentence's first word too
  const found = [...text.toLowerCase().matchAll(SIDE)].map((match) => ({ start: offset + match.index!, inside: INSIDE.has(match[1]!.toLowerCase()), noun: match[2]!.replace(/s$/, ''), phrase: text.slice(match.index!, match.index! + match[0].length) }));
  return found.filter((side) => found.filter((other) => other.noun === side.noun).length === 1);
}
