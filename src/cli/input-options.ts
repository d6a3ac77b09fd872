import { Option, type Command } from 'commander';
import { DEFAULT_OPTIONS, type OptionOverrides } from '../model/index.ts';
import { checkOutFile, checkOutFolder } from './output-target.ts';
import { parseByteSize, parseCalendarDate, parsePositiveInteger } from './parse-option-values.ts';

/** The options every command that reads inputs shares (analyze, extract, graph): how inputs are read, and where the result goes. */
export interface InputOptions {
  published?: string;
  maxBytes: number;
  allowPrivate?: boolean;
  timeout: number;
  maxRedirects: number;
  maxFeedItems: number;
  concurrency: number;
  maxHtmlDepth: number;
  maxHtmlElements: number;
  maxTextLength: number;
  timeBudget: number;
  quiet?: boolean;
  out?: string;
}

/** The options of reading, in their own group of `--help`; each default shows once, as commander writes it. */
export function addInputOptions(command: Command): Command {
  return command
    .optionsGroup('Reading:')
    .option('--published <YYYY-MM-DD>', 'publication date for inputs where none is found (a found date wins)', parseCalendarDate)
    .addOption(new Option('--max-bytes <size>', 'largest input read, e.g. 500KB or 64MB').argParser(parseByteSize).default(DEFAULT_OPTIONS.ingest.maxBytes, `${DEFAULT_OPTIONS.ingest.maxBytes / 1024 / 1024}MB`))
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .option('--timeout <ms>', 'time limit of each URL fetch, in milliseconds', parsePositiveInteger, DEFAULT_OPTIONS.ingest.timeoutMs)
    .option('--max-redirects <n>', 'redirects followed per URL', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxRedirects)
    .option('--max-feed-items <n>', 'items read from each RSS/Atom feed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxFeedItems)
    .option('--concurrency <n>', 'inputs read at the same time', parsePositiveInteger, DEFAULT_OPTIONS.ingest.concurrency)
    .option('--max-html-depth <n>', 'deepest nesting of HTML elements; a deeper page fails, unparsed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxHtmlDepth)
    .option('--max-html-elements <n>', 'most HTML elements in a page; a page with more fails, unparsed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxHtmlElements)
    .option('--max-text-length <n>', 'longest article text, in characters; a longer one is cut at a paragraph break, with a warning', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxTextLength)
    .option('--time-budget <ms>', 'time each input may take to be read (fetches, feed pages, extraction), in milliseconds; past it the input fails', parsePositiveInteger, DEFAULT_OPTIONS.ingest.timeBudgetMs)
    .optionsGroup('Output:')
    .option('-o, --out <file>', 'write the result to this file (whole, or not at all) instead of stdout; never onto an input')
    .option('-q, --quiet', 'no progress bar');
}

/** `--out` (and `--out-dir`) checked before any work: a run never ends with its result lost. */
export async function outputProblem(inputs: readonly string[], options: { out?: string; outDir?: string }): Promise<string | null> {
  if (options.out) return checkOutFile(options.out, inputs);
  if (options.outDir) return checkOutFolder(options.outDir, inputs);
  return null;
}

/** The pipeline's options from the command line's. */
export function pipelineOptions(options: InputOptions & { holdArticles?: number; maxStoryArticles?: number }): OptionOverrides {
  const batch = Object.fromEntries(Object.entries({ holdArticles: options.holdArticles, maxStoryArticles: options.maxStoryArticles }).filter(([, value]) => value !== undefined));
  return {
    batch,
    clean: { published: options.published ?? null },
    ingest: {
      maxBytes: options.maxBytes,
      allowPrivate: !!options.allowPrivate,
      timeoutMs: options.timeout,
      maxRedirects: options.maxRedirects,
      maxFeedItems: options.maxFeedItems,
      concurrency: options.concurrency,
      maxHtmlDepth: options.maxHtmlDepth,
      maxHtmlElements: options.maxHtmlElements,
      maxTextLength: options.maxTextLength,
      timeBudgetMs: options.timeBudget,
    },
  };
}
