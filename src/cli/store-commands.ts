import { Option, type Command } from 'commander';
import { clusterInputs } from '../pipeline.ts';
import { describeError } from '../shared/describe-error.ts';
import { openStore, search, DEFAULT_DATA_FOLDER, type Database, type StoreLocation } from '../store/index.ts';
import { enqueueInputs, queueDossiers } from '../story-worker.ts';
import { DEFAULT_STREAM_OPTIONS, ingestIntoStore, refreshDossiers } from '../story-stream.ts';
import { emit, EXIT, refuse, reportFailures } from './emit.ts';
import { addInputOptions, outputProblem, pipelineOptions, type InputOptions } from './input-options.ts';
import { parsePositiveInteger } from './parse-option-values.ts';
import { createProgress } from './progress.ts';

/** `--data DIR` or `--db postgres://…`: where the store is. */
export function addStoreOptions(command: Command): Command {
  return command
    .optionsGroup('Store:')
    .addOption(new Option('--data <folder>', `the embedded store's folder (PGlite; one process at a time)`).default(DEFAULT_DATA_FOLDER).conflicts('db'))
    .addOption(new Option('--db <url>', 'a PostgreSQL server instead (postgres://user@host:5432/database), shared by processes on several machines').env('TRIANGULATE_DB'));
}

/** The store the options name, or null after saying why it cannot be opened. */
export async function openNamedStore(options: StoreLocation): Promise<Database | null> {
  try {
    return await openStore(options.db ? { db: options.db } : { data: options.data });
  } catch (error) {
    // openStore names --db and its URL itself
    refuse(options.db ? describeError(error) : `--data ${options.data}: ${describeError(error)}`);
    return null;
  }
}

/** `cluster`, `ingest` and `search`: the commands that read into the store or out of it, and end. */
export function addStoreCommands(program: Command): void {
  addInputOptions(
    program
      .command('cluster')
      .description('read articles and print which tell one story (by event, not topic), without aligning them')
      .argument('<inputs...>', 'as for analyze: files, folders, http(s) URLs, feeds, or - for stdin'),
  )
    .addOption(new Option('--format <format>', 'json ({stories: [{id, title, articles: [source, ...]}]}) or md').choices(['json', 'md']).default('json'))
    .action(async (inputs: string[], options: InputOptions & { format: 'json' | 'md' }) => {
      const problem = await outputProblem(inputs, options);
      if (problem) return refuse(problem);
      const progress = createProgress(!!options.quiet);
      const clustered = await clusterInputs(inputs, pipelineOptions(options), { onProgress: progress.update, onStage: progress.stage });
      progress.stop();
      reportFailures(clustered.failed);
      if (!clustered.articles) {
        process.stderr.write('triangulate: nothing could be read\n');
        process.exitCode = EXIT.unusable;
        return;
      }
      const text = options.format === 'json' ? `${JSON.stringify({ stories: clustered.stories }, null, 2)}\n` : clusterMarkdown(clustered.stories);
      if (await emit(text, options.out)) process.exitCode = clustered.failed.length ? EXIT.someFailed : EXIT.ok;
    });

  addPlacingOptions(
    addStoreOptions(
      addInputOptions(
        program
          .command('ingest')
          .description('read articles into the store and put each into a story (stories grow, start and merge as articles come); stories that changed get their dossier written again')
          .argument('<inputs...>', 'as for analyze: files, folders, http(s) URLs, feeds, or - for stdin'),
      ),
    ),
  )
    .addOption(new Option('--batch-size <n>', 'articles stored per transaction').argParser(parsePositiveInteger).default(DEFAULT_STREAM_OPTIONS.batchSize))
    .addOption(new Option('--inputs-per-round <n>', 'inputs (files, URLs) read and stored at a time: memory holds one round').argParser(parsePositiveInteger).default(DEFAULT_STREAM_OPTIONS.inputsPerRound))
    .option('--no-dossiers', 'queue the changed stories\' dossiers for `triangulate worker` processes instead of writing them here')
    .option('--verbose', 'a line on stderr as each batch of articles is stored (for logs; the progress bar shows only on a terminal)')
    .option('--queue', 'queue the inputs (one job per file or URL) for `triangulate worker` processes instead of reading them here')
    .action(async (inputs: string[], options: InputOptions & StoreLocation & PlacingOptions & { batchSize: number; inputsPerRound: number; dossiers: boolean; verbose?: boolean; queue?: boolean }) => {
      const db = await openNamedStore(options);
      if (!db) return;
      if (options.queue) {
        try {
          const { queued, failed } = await enqueueInputs(db, inputs, pipelineOptions(options));
          reportFailures(failed);
          process.stderr.write(`triangulate: ${queued} ${queued === 1 ? 'input' : 'inputs'} queued\n`);
          process.exitCode = failed.length ? (queued ? EXIT.someFailed : EXIT.unusable) : EXIT.ok;
        } finally {
          await db.close();
        }
        return;
      }
      const progress = createProgress(!!options.quiet);
      try {
        const overrides = pipelineOptions(options);
        const onStored = options.verbose ? (stored: number, added: number) => process.stderr.write(`triangulate: ${stored} articles stored (${added} new)\n`) : undefined;
        const stream = { ...placingOptions(options), batchSize: options.batchSize, inputsPerRound: options.inputsPerRound };
        const summary = await ingestIntoStore(db, inputs, overrides, { onProgress: progress.update, onStage: progress.stage, onStored }, stream);
        const written = options.dossiers ? await refreshDossiers(db, overrides, Infinity) : [];
        // else the workers write them: a job for each story that changed
        if (!options.dossiers) await queueDossiers(db, summary.stories, overrides);
        progress.stop();
        reportFailures(summary.failed);
        process.stderr.write(`triangulate: ${summary.read} ${summary.read === 1 ? 'article' : 'articles'} read, ${summary.added} new, in ${summary.stories.length} ${summary.stories.length === 1 ? 'story' : 'stories'}; ${written.length} ${written.length === 1 ? 'dossier' : 'dossiers'} written\n`);
        process.exitCode = summary.failed.length ? EXIT.someFailed : summary.read ? EXIT.ok : EXIT.unusable;
      } finally {
        progress.stop();
        await db.close();
      }
    });

  addStoreOptions(
    program
      .command('search')
      .description('search the store: articles and quotes by their words, actors by name')
      .argument('<query>', 'words ("quoted phrases" and -exclusions as a web search takes them), or a name'),
  )
    .addOption(new Option('--limit <n>', 'most hits of each kind').argParser(parsePositiveInteger).default(20))
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
    .action(async (query: string, options: StoreLocation & { limit: number; format: 'text' | 'json'; out?: string }) => {
      const db = await openNamedStore(options);
      if (!db) return;
      try {
        const hits = await search(db, query, options.limit);
        const text = options.format === 'json' ? `${JSON.stringify({ query, hits }, null, 2)}\n` : hits.map((hit) => `${hit.kind}\t${hit.id}\t${hit.label.replace(/\s+/g, ' ')}${hit.detail ? `\t${hit.detail}` : ''}`).join('\n') + (hits.length ? '\n' : '');
        if (await emit(text, options.out)) process.exitCode = hits.length ? EXIT.ok : EXIT.someFailed;
      } finally {
        await db.close();
      }
    });
}

/** How new articles are placed into stories: `ingest` and `worker` take the same options. */
export interface PlacingOptions {
  windowDays: number;
  maxWindowArticles: number;
  placeBatch: number;
}

export function addPlacingOptions(command: Command): Command {
  return command
    .addOption(new Option('--window-days <n>', 'stored articles published this many days around the new ones are clustered with them').argParser(parsePositiveInteger).default(DEFAULT_STREAM_OPTIONS.windowDays))
    .addOption(new Option('--max-window-articles <n>', 'most stored articles clustered with the new ones (the most recent first)').argParser(parsePositiveInteger).default(DEFAULT_STREAM_OPTIONS.maxWindowArticles))
    .addOption(
      new Option('--place-batch <n>', 'new articles placed into stories together: placing waits until this many are stored, or the inputs (or the queued reads) run out').argParser(parsePositiveInteger).default(DEFAULT_STREAM_OPTIONS.placeBatch),
    );
}

export function placingOptions(options: PlacingOptions): PlacingOptions {
  return { windowDays: options.windowDays, maxWindowArticles: options.maxWindowArticles, placeBatch: options.placeBatch };
}

function clusterMarkdown(stories: ReadonlyArray<{ id: string; title: string | null; articles: string[] }>): string {
  const lines = [`# ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`, ''];
  for (const story of stories) {
    lines.push(`## ${story.title ?? story.id} (${story.articles.length} ${story.articles.length === 1 ? 'article' : 'articles'})`, '');
    for (const source of story.articles) lines.push(`- ${source}`);
    lines.push('');
  }
  return lines.join('\n');
}
