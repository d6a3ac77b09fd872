/**
 * Every setting of the engine in one frozen object that reaches each stage with settings; each stage
 * reads its own part and no stage holds another's defaults. The CLI and the server build it with
 * createOptions from what a user gives.
 */
export interface Options {
  ingest: IngestOptions;
  clean: CleanOptions;
  cluster: ClusterOptions;
  align: AlignOptions;
  batch: BatchOptions;
}

/** Limits and switches of ingest; every limit is explicit and documented in the CLI's --help. */
export interface IngestOptions {
  /** Largest input read, in bytes (files, stdin, URLs, each feed item's page). */
  maxBytes: number;
  /** Fetch from private, loopback and link-local addresses (off: a URL list must not reach the local network). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxRedirects: number;
  /** Pages fetched for feed items that carry only a summary, at most this many per feed. */
  maxFeedItems: number;
  /** Inputs read at the same time (URLs wait on the network; files are quick either way). */
  concurrency: number;
  /** Deepest nesting of HTML elements read; a deeper page is refused before it is parsed (browsers stop nesting at 512). */
  maxHtmlDepth: number;
  /** Most HTML elements in one page; a page with more is refused before it is parsed (a heavy news page has a few thousand). */
  maxHtmlElements: number;
  /** Longest article text, in characters: a longer one is cut at a paragraph break before it, with a warning. */
  maxTextLength: number;
  /** Time one input may take to be read (fetch, feed pages, extraction), in milliseconds; past it, the input fails. */
  timeBudgetMs: number;
}

export interface CleanOptions {
  /** `YYYY-MM-DD` for articles whose own date is not found (a found date wins). */
  published: string | null;
}

/** Settings of the story split; the defaults were read off ECB+ dev (same story, sibling story, other topic). */
export interface ClusterOptions {
  /** Least likeness of an article to a group's centroid, and to one of the group's articles, for it to join that group. */
  minLink: number;
  /** Groups whose centroids are at least this alike are not clearly apart, and stay one story. */
  minApart: number;
  /** A group of a few articles (an outlier of a story) joins the story it is most like when at least this alike. */
  minAttach: number;
}

/** Settings of the aligner; the defaults were tuned on ECB+ train topics and checked on dev. */
export interface AlignOptions {
  /** Least weighted overlap for two clauses sharing two rare words to be one statement. */
  minSimilarity: number;
  /** Least weighted overlap when the two clauses name the same kind of event ("seized" / "interception"). */
  minEventSimilarity: number;
  /** Least average link for two groups of clauses to join. */
  minLink: number;
}

/** How a batch is carried through the stages. */
export interface BatchOptions {
  /**
   * Annotated articles held in memory between annotate and align when stories are aligned one at a time
   * (analyzeEachStory, `analyze --out-dir`); every later one waits in a temporary file until its story is
   * aligned, so that memory holds the cluster stage's small readings of the batch and one story's
   * articles, not the whole batch's.
   */
  holdArticles: number;
  /** Most articles aligned as one story: a larger one is aligned in consecutive parts of at most this many, each with a warning (see cutLargeStories). */
  maxStoryArticles: number;
}

/** What a caller may change: any part, any setting of it. */
export type OptionOverrides = { [Stage in keyof Options]?: Partial<Options[Stage]> };

export const DEFAULT_OPTIONS: Readonly<Options> = freezeOptions({
  ingest: { maxBytes: 32 * 1024 * 1024, allowPrivate: false, timeoutMs: 15000, maxRedirects: 5, maxFeedItems: 200, concurrency: 4,
    maxHtmlDepth: 512, maxHtmlElements: 100_000, maxTextLength: 1_000_000, timeBudgetMs: 60_000 },
  clean: { published: null },
  cluster: { minLink: 0.25, minApart: 0.2, minAttach: 0.05 },
  align: { minSimilarity: 0.3, minEventSimilarity: 0.2, minLink: 0.2 },
  batch: { holdArticles: 2000, maxStoryArticles: 10_000 },
});

/** The defaults with a caller's changes, frozen all the way down. */
export function createOptions(overrides: OptionOverrides = {}): Readonly<Options> {
  return freezeOptions({
    ingest: { ...DEFAULT_OPTIONS.ingest, ...overrides.ingest },
    clean: { ...DEFAULT_OPTIONS.clean, ...overrides.clean },
    cluster: { ...DEFAULT_OPTIONS.cluster, ...overrides.cluster },
    align: { ...DEFAULT_OPTIONS.align, ...overrides.align },
    batch: { ...DEFAULT_OPTIONS.batch, ...overrides.batch },
  });
}

function freezeOptions(options: Options): Readonly<Options> {
  for (const part of Object.values(options)) Object.freeze(part);
  return Object.freeze(options);
}
