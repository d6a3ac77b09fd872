import { lowerBound } from '../../shared/count-before.ts';

// a full stop ends a sentence unless it ends one of these ("Mr. Smith", "Aug. 7", "Corp. said", "U.S. officials")
const ABBREVIATION_BEFORE_STOP = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Corp|Inc|Co|Ltd|Jr|Sr|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]))$/;
const CLAUSE_END_CANDIDATE = /[\n;!?.]/g;
/** A clause is never read further than this from an expression, whatever the punctuation. */
const SEARCH_LIMIT = 400;

export interface ClauseBounds {
  start: number;
  end: number;
}

/**
 * The clauses of a text, found once: `around(start, end)` gives the sentence (or the clause after a
 * semicolon) holding [start, end), at most SEARCH_LIMIT characters on either side.
 */
export function findClauseBounds(text: string): { around(start: number, end: number): ClauseBounds } {
  const ends: number[] = [];
  for (const match of text.matchAll(CLAUSE_END_CANDIDATE)) {
    if (endsClause(text, match.index)) ends.push(match.index);
  }
  return {
    around(start, end) {
      const before = lastBelow(ends, start);
      const after = firstAtOrAbove(ends, end);
      return {
        start: Math.max(before === null ? 0 : before + 1, start - SEARCH_LIMIT, 0),
        end: Math.min(after ?? text.length, end + SEARCH_LIMIT, text.length),
      };
    },
  };
}

function endsClause(text: string, index: number): boolean {
  const character = text[index];
  if (character !== '.') return true;
  const next = text.slice(index + 1, index + 4);
  if (!/^\s+["'“‘(]?[A-Z]|^["'”’]?\s|^$/.test(next) && index + 1 < text.length) return false;
  return !ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, index - 6), index));
}

/** The largest value below `limit` in an ascending array, or null. */
function lastBelow(values: readonly number[], limit: number): number | null {
  const index = lowerBound(values, limit);
  return index === 0 ? null : values[index - 1]!;
}

/** The smallest value at or above `limit` in an ascending array, or null. */
function firstAtOrAbove(values: readonly number[], limit: number): number | null {
  const index = lowerBound(values, limit);
  return index === values.length ? null : values[index]!;
}
