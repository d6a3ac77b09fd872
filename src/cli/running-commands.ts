import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { describeError } from '../shared/describe-error.ts';
import { watchFeeds, type Database, type Job, type StoreLocation } from '../store/index.ts';
import { DEFAULT_WORKER_SETTINGS, runWorker, workerName } from '../story-worker.ts';
import { DEFAULT_WATCH_SETTINGS, parseFeedsFile, watchFeedsIntoStore, type PollOutcome } from '../watch-feeds.ts';
import { EXIT, refuse, reportFailures } from './emit.ts';
import { addInputOptions, pipelineOptions, type InputOptions } from './input-options.ts';
import { parsePositiveInteger } from './parse-option-values.ts';
import { addPlacingOptions, addStoreOptions, openNamedStore, placingOptions, type PlacingOptions } from './store-commands.ts';

/** `worker` and `watch`: the commands that run until SIGINT or SIGTERM, each finishing the work at hand first. */
export function addRunningCommands(program: Command): void {
  addPlacingOptions(
    addStoreOptions(
      program
        .command('worker')
        .description('take jobs from the store\'s queue (inputs queued by ingest --queue, dossiers of changed stories) until stopped; run one per core, on as many machines as share the --db server'),
    ),
  )
    .addOption(new Option('--name <name>', 'this worker in the queue and the log (default: host:pid)'))
    .addOption(new Option('--lease-seconds <n>', 'how long a job is held; a worker that dies leaves it to another after this').argParser(parsePositiveInteger).default(DEFAULT_WORKER_SETTINGS.leaseSeconds))
    .addOption(
      new Option('--dossier-spacing <n>', 'a story\'s dossier is written again no sooner than this many times what its last one took after it, so that a big growing story does not hold a worker').argParser(parsePositiveInteger).default(DEFAULT_WORKER_SETTINGS.dossierSpacing),
    )
    .option('--exit-when-idle', 'stop once the queue is empty (for a batch run), instead of waiting for more')
    .option('--verbose', 'a line on stderr as each job ends')
    .action(async (options: StoreLocation & PlacingOptions & { name?: string; leaseSeconds: number; dossierSpacing: number; exitWhenIdle?: boolean; verbose?: boolean }) => {
      const db = await openNamedStore(options);
      if (!db) return;
      const name = options.name ?? workerName();
      // SIGINT or SIGTERM: the job at hand is finished and its result kept, then the worker stops
      await untilStopped(db, async (signal) => {
        const onJob = options.verbose ? (job: Job, outcome: string, detail: string) => process.stderr.write(`triangulate worker ${name}: job ${job.id} (${job.kind}) ${outcome}: ${detail}\n`) : undefined;
        const stream = { ...DEFAULT_WORKER_SETTINGS.stream, ...placingOptions(options) };
        const result = await runWorker(db, { ...DEFAULT_WORKER_SETTINGS, name, leaseSeconds: options.leaseSeconds, dossierSpacing: options.dossierSpacing, exitWhenIdle: !!options.exitWhenIdle, signal, onJob, stream });
        process.stderr.write(`triangulate worker ${name}: ${result.done} ${result.done === 1 ? 'job' : 'jobs'} done, ${result.failed} failed\n`);
      });
    });

  addStoreOptions(
    addInputOptions(
      program
        .command('watch')
        .description('poll RSS/Atom feeds (conditional GET, each at its interval, backing off on errors) and ingest their new items into the store, until SIGINT or SIGTERM')
        .argument('<feeds-file>', 'one feed URL a line, optionally with its interval: "https://example.org/rss 15m"; # starts a comment'),
    ),
  )
    .addOption(new Option('--interval <seconds>', 'interval of the feeds the file gives none').argParser(parsePositiveInteger).default(900))
    .option('--once', 'poll each due feed once, then stop (for cron)')
    .option('--verbose', 'a line on stderr per poll')
    .action(async (feedsFile: string, options: InputOptions & StoreLocation & { interval: number; once?: boolean; verbose?: boolean }) => {
      let text: string;
      try {
        text = await readFile(feedsFile, 'utf8');
      } catch (error) {
        return refuse(`${feedsFile}: cannot read the feeds file (${describeError(error)})`);
      }
      const { feeds, problems } = parseFeedsFile(text, options.interval);
      if (problems.length) return refuse(`${feedsFile}: ${problems.join('; ')}`);
      if (!feeds.length) return refuse(`${feedsFile}: no feed URL in it`);
      const db = await openNamedStore(options);
      if (!db) return;
      // SIGINT or SIGTERM: the feed at hand is finished and what it brought stored, then the watch stops
      await untilStopped(db, async (signal) => {
        await watchFeeds(db, feeds);
        const onPoll = (feed: string, outcome: PollOutcome) => {
          if (outcome.kind === 'read') reportFailures(outcome.failed);
          if (options.verbose || outcome.kind === 'failed') process.stderr.write(`triangulate watch: ${feed}: ${describePoll(outcome)}\n`);
        };
        const overrides = pipelineOptions(options);
        const polls = await watchFeedsIntoStore(db, feeds.map((feed) => feed.url), { ...DEFAULT_WATCH_SETTINGS, overrides, once: !!options.once, signal, onPoll });
        if (options.verbose) process.stderr.write(`triangulate watch: stopped after ${polls} ${polls === 1 ? 'poll' : 'polls'}\n`);
      });
    });

}

/**
 * Runs `work` with a signal aborted on SIGINT or SIGTERM (the work finishes what it holds, then returns),
 * and closes the store after; the command exits 0 once stopped so.
 */
async function untilStopped(db: Database, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await work(stop.signal);
    process.exitCode = EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await db.close();
  }
}

function describePoll(outcome: PollOutcome): string {
  if (outcome.kind === 'unchanged') return 'not modified';
  if (outcome.kind === 'failed') return `failed (${outcome.reason}); polled again after a backoff`;
  return `${outcome.items} items, ${outcome.fresh} new, ${outcome.added} stored${outcome.failed.length ? `, ${outcome.failed.length} could not be read` : ''}`;
}
