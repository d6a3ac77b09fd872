/**
 * The time one input may take to be read, from its first byte to its last article: a URL that trickles,
 * a feed whose 200 items each fetch a page, a page that takes Readability long. Fetches are given no more
 * than what is left of it; the synchronous steps (parsing, extraction) cannot be stopped midway, so the
 * budget is checked after each, and the limits on a page's size, depth and elements bound how long one
 * step can run.
 */
export interface TimeBudget {
  /** Milliseconds left, never below 0. */
  remainingMs(): number;
  /** The reason to fail the input with, once the budget is spent; null before. */
  spent(): string | null;
}

export function startTimeBudget(budgetMs: number, now: () => number = Date.now): TimeBudget {
  const started = now();
  const remainingMs = () => Math.max(0, budgetMs - (now() - started));
  return {
    remainingMs,
    spent: () => (remainingMs() > 0 ? null : `took more than ${budgetMs} ms, the time budget of each input (--time-budget); not read`),
  };
}
