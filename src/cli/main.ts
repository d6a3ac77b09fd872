import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_OPTIONS, type FailedInput, type OptionOverrides } from '../model/index.ts';
import { analyzeStory, extractArticle } from '../pipeline.ts';
import { REPORT_FORMATS, renderDossier, type ReportFormat } from '../report/index.ts';
import { parseByteSize, parseCalendarDate, parsePositiveInteger } from './parse-option-values.ts';
import { createProgress } from './progress.ts';

/** Exit codes: every input read; some inputs failed (named on stderr); usage error or nothing readable. */
const EXIT = Object.freeze({ ok: 0, someFailed: 1, unusable: 2 });

interface InputOptions {
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

function addInputOptions(command: Command): Command {
  return command
    .option('--published <YYYY-MM-DD>', 'publication date for inputs where none is found (a found date wins)', parseCalendarDate)
    .option('--max-bytes <size>', `largest input read, e.g. 500KB or 64MB (default ${DEFAULT_OPTIONS.ingest.maxBytes / 1024 / 1024}MB)`, parseByteSize, DEFAULT_OPTIONS.ingest.maxBytes)
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .option('--timeout <ms>', 'time limit of each URL fetch, in milliseconds', parsePositiveInteger, DEFAULT_OPTIONS.ingest.timeoutMs)
    .option('--max-redirects <n>', 'redirects followed per URL', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxRedirects)
    .option('--max-feed-items <n>', 'items read from each RSS/Atom feed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxFeedItems)
    .option('--concurrency <n>', 'inputs read at the same time', parsePositiveInteger, DEFAULT_OPTIONS.ingest.concurrency)
    .option('--max-html-depth <n>', 'deepest nesting of HTML elements; a deeper page fails, unparsed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxHtmlDepth)
    .option('--max-html-elements <n>', 'most HTML elements in a page; a page with more fails, unparsed', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxHtmlElements)
    .option('--max-text-length <n>', 'longest article text, in characters; a longer one is cut at a paragraph break, with a warning', parsePositiveInteger, DEFAULT_OPTIONS.ingest.maxTextLength)
    .option('--time-budget <ms>', 'time each input may take to be read (fetches, feed pages, extraction), in milliseconds; past it the input fails', parsePositiveInteger, DEFAULT_OPTIONS.ingest.timeBudgetMs)
    .option('--out <file>', 'write the result to a file instead of stdout')
    .option('-q, --quiet', 'no progress bar');
}

function pipelineOptions(options: InputOptions): OptionOverrides {
  return {
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

async function emit(text: string, out: string | undefined): Promise<void> {
  if (out) {
    await writeFile(out, text);
    return;
  }
  // "triangulate analyze … | head": a reader that stops early is not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  process.stdout.write(text);
}

function reportFailures(failed: readonly FailedInput[]): void {
  for (const failure of failed) process.stderr.write(`triangulate: ${failure.source}: ${failure.reason}\n`);
}

export function createProgram(): Command {
  const program = new Command()
    .name('triangulate')
    .description('Reads news articles about one story and shows what the outlets agree on, where they differ, who said what and when.')
    .version('0.1.0')
    .showHelpAfterError('(run triangulate --help for usage)')
    .exitOverride();

  addInputOptions(
    program
      .command('analyze')
      .description('read articles about one story (files, folders, URLs, feeds, - for stdin) and print their dossier')
      .argument('<inputs...>', 'files (.txt .md .html .json .jsonl, RSS/Atom), folders (read recursively; symbolic links followed, each real file or folder once, so link loops end), http(s) URLs, or - for stdin')
      .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('md')),
  ).action(async (inputs: string[], options: InputOptions & { format: ReportFormat }) => {
    const progress = createProgress(!!options.quiet);
    const dossier = await analyzeStory(inputs, pipelineOptions(options), { onProgress: progress.update });
    progress.stop();
    reportFailures(dossier.failed);
    if (!dossier.articles.length) {
      process.stderr.write('triangulate: nothing could be read\n');
      process.exitCode = EXIT.unusable;
      return;
    }
    await emit(renderDossier(dossier, options.format), options.out);
    process.exitCode = dossier.failed.length ? EXIT.someFailed : EXIT.ok;
  });

  addInputOptions(
    program
      .command('extract')
      .description('print one article, cleaned: its text, or its metadata and text as JSON')
      .argument('<input>', 'a file, an http(s) URL, or - for stdin')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (input: string, options: InputOptions & { format: 'text' | 'json' }) => {
    const { article, failed } = await extractArticle(input, pipelineOptions(options));
    reportFailures(failed);
    if (!article) {
      process.exitCode = EXIT.unusable;
      return;
    }
    const { title, byline, published, outlet, language, text } = article;
    await emit(options.format === 'json' ? `${JSON.stringify({ title, byline, published, outlet, language, text }, null, 2)}\n` : `${text}\n`, options.out);
    process.exitCode = failed.length ? EXIT.someFailed : EXIT.ok;
  });
  return program;
}

/** Runs the CLI; usage errors exit 2 with commander's message, which names the fix. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
      return;
    }
    process.stderr.write(`triangulate: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.unusable;
  }
}
