/**
 * The article-extraction-benchmark's 4-word-shingle score (scrapinghub/article-extraction-benchmark,
 * as restated in shared/data/extraction/README.md): tokens are Python's `\w+` runs, shingles are
 * 4 consecutive tokens compared as multisets, each page's counts are normalised to sum to 1, and F1
 * is the harmonic mean of the mean precision and the mean recall (not a mean of per-page F1s).
 */

export interface PageScore {
  /** Normalised true positives, false positives and false negatives: tp + fp + fn = 1 (or all 0). */
  tp: number;
  fp: number;
  fn: number;
  /** Averaged only over pages whose prediction gives shingles (tp + fp > 0). */
  precision: number;
  /** Averaged only over pages whose gold text gives shingles (tp + fn > 0). */
  recall: number;
  /** The token sequences are equal. */
  exact: boolean;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the gold one ("accuracy" in the benchmark). */
  exact: number;
  pages: number;
}

const SHINGLE_SIZE = 4;
// Python's `\w+` on str: Unicode letters, digits and underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function countShingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  if (tokens.length < SHINGLE_SIZE) {
    counts.set(tokens.join(' '), 1);
    return counts;
  }
  for (let index = 0; index + SHINGLE_SIZE <= tokens.length; index++) {
    const shingle = tokens.slice(index, index + SHINGLE_SIZE).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(gold: string, predicted: string): PageScore {
  const goldTokens = tokenize(gold);
  const predictedTokens = tokenize(predicted);
  const goldShingles = countShingles(goldTokens);
  const predictedShingles = countShingles(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, goldCount] of goldShingles) {
    const predictedCount = predictedShingles.get(shingle) ?? 0;
    tp += Math.min(goldCount, predictedCount);
    fn += Math.max(0, goldCount - predictedCount);
  }
  for (const [shingle, predictedCount] of predictedShingles) {
    fp += Math.max(0, predictedCount - (goldShingles.get(shingle) ?? 0));
  }
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const exact =
    goldTokens.length === predictedTokens.length && goldTokens.every((token, index) => token === predictedTokens[index]);
  return {
    tp,
    fp,
    fn,
    precision: fp === 0 && fn === 0 ? 1 : tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: fp === 0 && fn === 0 ? 1 : tp + fn > 0 ? tp / (tp + fn) : 0,
    exact,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Averages page scores the benchmark's way: precision over pages with tp+fp > 0, recall over tp+fn > 0. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precisions = pages.filter((page) => page.tp + page.fp > 0).map((page) => page.precision);
  const recalls = pages.filter((page) => page.tp + page.fn > 0).map((page) => page.recall);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    exact: mean(pages.map((page) => (page.exact ? 1 : 0))),
    pages: pages.length,
  };
}
