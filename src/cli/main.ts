import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_OPTIONS } from '../model/index.ts';
import { analyzeEachStory, analyzeStory, extractArticles, type BatchOutline } from '../pipeline.ts';
import { describeError } from '../shared/describe-error.ts';
import { DEFAULT_REPORT_OPTIONS, REPORT_FORMATS, type ReportFormat, type ReportOptions } from '../report/index.ts';
import { emit, EXIT, refuse, reportFailures } from './emit.ts';
import { addGraphCommand } from './graph-command.ts';
import { addRunningCommands } from './running-commands.ts';
import { addServeCommand } from './serve-command.ts';
import { addStoreCommands } from './store-commands.ts';
import { addInputOptions, outputProblem, pipelineOptions, type InputOptions } from './input-options.ts';
import { parsePositiveInteger } from './parse-option-values.ts';
import { formatArticles } from './format-articles.ts';
import { createProgress, type Progress } from './progress.ts';
import { batchPieces, openStoryFolder } from './story-output.ts';

interface AnalyzeOptions {
  format: ReportFormat;
  holdArticles?: number;
  maxStoryArticles?: number;
  outDir?: string;
  full?: boolean;
  top?: number;
  minSources?: number;
}

/**
 * `analyze --out-dir`: each story's dossier written as soon as it is made and let go before the next (see
 * analyzeEachStory), then the index. A story that cannot be written stops the run with what was written kept.
 */
async function analyzeIntoFolder(inputs: string[], options: InputOptions & AnalyzeOptions, outDir: string, report: ReportOptions, progress: Progress): Promise<void> {
  const folder = await openStoryFolder(outDir, options.format, report).catch((error: unknown) => describeError(error));
  if (typeof folder === 'string') return refuse(`--out-dir ${outDir}: cannot write the dossiers (${folder})`);
  let batch: BatchOutline;
  let written: { index: string; stories: string[] };
  try {
    batch = await analyzeEachStory(inputs, pipelineOptions(options), { onProgress: progress.update, onStage: progress.stage }, async (story) => {
      progress.stage('report', story.number - 1, story.count, `${outDir} (story ${story.number} of ${story.count})`);
      await folder.write(story);
    });
    if (!batch.articles) {
      progress.stop();
      reportFailures(batch.failed);
      process.stderr.write('triangulate: nothing could be read\n');
      process.exitCode = EXIT.unusable;
      return;
    }
    written = await folder.finish(batch);
  } catch (error) {
    progress.stop();
    return refuse(`--out-dir ${outDir}: cannot write the dossiers (${describeError(error)})`);
  }
  progress.stop();
  reportFailures(batch.failed);
  process.stderr.write(`triangulate: ${written.stories.length} ${written.stories.length === 1 ? 'story' : 'stories'} written to ${outDir}; index: ${written.index}\n`);
  process.exitCode = batch.failed.length ? EXIT.someFailed : EXIT.ok;
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
      .argument('<inputs...>', 'files (.txt .md .html .json .jsonl, RSS/Atom), folders (read recursively; symbolic links followed, each real file or folder once, so link loops end), http(s) URLs, or - for stdin'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('md'))
    .addOption(new Option('--out-dir <folder>', 'write one dossier per story (in --format) and an index of them into this folder').conflicts('out'))
    .addOption(new Option('--full', 'show every item of long lists (the JSON always keeps them all)').conflicts('top'))
    .addOption(new Option('--top <n>', `show the N most widely reported items of each long list (default: ${DEFAULT_REPORT_OPTIONS.top})`).argParser(parsePositiveInteger))
    .addOption(new Option('--min-sources <n>', `show only facts that at least N independent sources report (default: ${DEFAULT_REPORT_OPTIONS.minSources})`).argParser(parsePositiveInteger))
    .addOption(new Option('--hold-articles <n>', `with --out-dir: annotated articles held in memory; later ones wait in a temporary file (in $TMPDIR) until their story is aligned (default: ${DEFAULT_OPTIONS.batch.holdArticles})`).argParser(parsePositiveInteger))
    .addOption(new Option('--max-story-articles <n>', `most articles aligned as one story; a larger one is aligned in parts of at most N, each with a warning (default: ${DEFAULT_OPTIONS.batch.maxStoryArticles})`).argParser(parsePositiveInteger))
    .action(async (inputs: string[], options: InputOptions & AnalyzeOptions) => {
      const problem = await outputProblem(inputs, options);
      if (problem) return refuse(problem);
      const progress = createProgress(!!options.quiet);
      const report: ReportOptions = { full: options.full, top: options.top, minSources: options.minSources };
      if (options.outDir) return analyzeIntoFolder(inputs, options, options.outDir, report, progress);
      const dossier = await analyzeStory(inputs, pipelineOptions(options), { onProgress: progress.update, onStage: progress.stage });
      if (!dossier.articles.length) {
        progress.stop();
        reportFailures(dossier.failed);
        process.stderr.write('triangulate: nothing could be read\n');
        process.exitCode = EXIT.unusable;
        return;
      }
      progress.stage('report', 0, 1, options.out ?? 'stdout');
      const text = batchPieces(dossier, options.format, report);
      progress.stop();
      reportFailures(dossier.failed);
      if (await emit(text, options.out)) process.exitCode = dossier.failed.length ? EXIT.someFailed : EXIT.ok;
    });

  addInputOptions(
    program
      .command('extract')
      .description('print one article, cleaned: its text, or its metadata and text as JSON')
      .argument('<input>', 'a file, an http(s) URL, or - for stdin; with --all, also a folder, a JSON array, JSON Lines or a feed'),
  )
    .addOption(new Option('--format <format>', 'output format (with --all, json prints JSON Lines: one article a line)').choices(['text', 'json']).default('text'))
    .option('--all', 'print every article of an input that holds several (without it, such an input is a usage error)')
    .action(async (input: string, options: InputOptions & { format: 'text' | 'json'; all?: boolean }) => {
      const problem = await outputProblem([input], options);
      if (problem) return refuse(problem);
      const progress = createProgress(!!options.quiet);
      const { articles, failed, found } = await extractArticles(input, pipelineOptions(options), { onProgress: progress.update, onStage: progress.stage }, !!options.all);
      progress.stop();
      if (found > 1 && !options.all) {
        return refuse(`${input} holds ${found} articles; extract prints one: pass --all to print them all${options.format === 'json' ? ' (JSON Lines, one article a line)' : ''}, or analyze to compare them`);
      }
      reportFailures(failed);
      if (!articles.length) {
        process.exitCode = EXIT.unusable;
        return;
      }
      if (await emit(formatArticles(articles, options.format, !!options.all), options.out)) process.exitCode = failed.length ? EXIT.someFailed : EXIT.ok;
    });
  addGraphCommand(program);
  addStoreCommands(program);
  addRunningCommands(program);
  addServeCommand(program);
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
