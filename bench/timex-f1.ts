/**
 * TempEval-3 style scores of temporal expressions, as restated in shared/data/dates/README.md: a predicted
 * expression matches a gold TIMEX3 when their spans share at least one character (one-to-one, largest
 * overlap first); detection P/R/F1 count the matched pairs, value P/R/F1 the matched pairs whose values are
 * equal (trimmed, case-insensitive).
 */

export interface TimexSpan {
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface MatchedPair<Gold extends TimexSpan = TimexSpan, Predicted extends TimexSpan = TimexSpan> {
  gold: Gold;
  predicted: Predicted;
}

export interface DocumentMatch<Gold extends TimexSpan = TimexSpan, Predicted extends TimexSpan = TimexSpan> {
  pairs: MatchedPair<Gold, Predicted>[];
  /** Gold expressions no prediction overlaps. */
  missed: Gold[];
  /** Predictions that overlap no gold expression left unmatched. */
  spurious: Predicted[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  correct: number;
}

export interface TimexScore {
  detection: { precision: number; recall: number; f1: number };
  value: { precision: number; recall: number; f1: number };
  counts: Counts;
}

/** Pairs the predictions of one document with its gold expressions, largest character overlap first. */
export function matchDocument<Gold extends TimexSpan, Predicted extends TimexSpan>(
  gold: readonly Gold[],
  predicted: readonly Predicted[],
): DocumentMatch<Gold, Predicted> {
  const candidates: { goldIndex: number; predictedIndex: number; overlap: number }[] = [];
  for (const [goldIndex, goldSpan] of gold.entries()) {
    for (const [predictedIndex, predictedSpan] of predicted.entries()) {
      const overlap = Math.min(goldSpan.end, predictedSpan.end) - Math.max(goldSpan.start, predictedSpan.start);
      if (overlap > 0) candidates.push({ goldIndex, predictedIndex, overlap });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap || a.goldIndex - b.goldIndex || a.predictedIndex - b.predictedIndex);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: MatchedPair<Gold, Predicted>[] = [];
  for (const { goldIndex, predictedIndex } of candidates) {
    if (goldTaken.has(goldIndex) || predictedTaken.has(predictedIndex)) continue;
    goldTaken.add(goldIndex);
    predictedTaken.add(predictedIndex);
    pairs.push({ gold: gold[goldIndex]!, predicted: predicted[predictedIndex]! });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    pairs,
    missed: gold.filter((_, index) => !goldTaken.has(index)),
    spurious: predicted.filter((_, index) => !predictedTaken.has(index)),
  };
}

export function valuesAgree(gold: string, predicted: string): boolean {
  return gold.trim().toLowerCase() === predicted.trim().toLowerCase();
}

export function countDocument(match: DocumentMatch): Counts {
  return {
    gold: match.pairs.length + match.missed.length,
    predicted: match.pairs.length + match.spurious.length,
    matched: match.pairs.length,
    correct: match.pairs.filter((pair) => valuesAgree(pair.gold.value, pair.predicted.value)).length,
  };
}

/** Micro-averaged scores over every document's counts. */
export function scoreCounts(documents: readonly Counts[]): TimexScore {
  const counts = documents.reduce(
    (sum, one) => ({
      gold: sum.gold + one.gold,
      predicted: sum.predicted + one.predicted,
      matched: sum.matched + one.matched,
      correct: sum.correct + one.correct,
    }),
    { gold: 0, predicted: 0, matched: 0, correct: 0 },
  );
  return {
    detection: harmonic(counts.matched, counts.predicted, counts.gold),
    value: harmonic(counts.correct, counts.predicted, counts.gold),
    counts,
  };
}

function harmonic(hits: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
