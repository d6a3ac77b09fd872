import type { TemporalCandidate } from './rule-context.ts';

/**
 * One reading per stretch of text: the longest candidate wins ("December 11, 2025" over "December";
 * "last year" over "year"), ties go to the rule listed first; the result is in document order.
 */
export function selectNonOverlapping(candidates: readonly TemporalCandidate[], ruleOrder: readonly string[]): TemporalCandidate[] {
  const rank = (candidate: TemporalCandidate) => {
    const index = ruleOrder.indexOf(candidate.rule);
    return index === -1 ? ruleOrder.length : index;
  };
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const end = candidates.reduce((furthest, candidate) => Math.max(furthest, candidate.end), 0);
  const taken = new Uint8Array(end);
  const chosen: TemporalCandidate[] = [];
  for (const candidate of ordered) {
    if (taken.subarray(candidate.start, candidate.end).some((mark) => mark === 1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
