import { hostname } from 'node:os';
import { expandInputs } from './ingest/index.ts';
import type { Article, FailedInput, OptionOverrides } from './model/index.ts';
import { annotateInputs } from './pipeline.ts';
import { completeJob, countUnplaced, dossierWaits, enqueueJobOnce, enqueueJobs, extendLease, failJob, hasQueuedJobs, hasUnfinishedJobs, putArticles, takeJobs, type Database, type Job } from './store/index.ts';
import { describeError } from './shared/describe-error.ts';
import { pause } from './shared/pause.ts';
import { clusterReadingOf, placeWaiting, DEFAULT_STREAM_OPTIONS, refreshDossierOf, type StreamOptions } from './story-stream.ts';

/**
 * The work of ingest shared by worker processes through the store's jobs queue: on N machines, N workers
 * take jobs from one PostgreSQL server. A `read` job reads, cleans, annotates and stores one input, then
 * places the articles in no story yet once enough wait (StreamOptions.placeBatch) or no read is queued:
 * one worker at a time places, under an advisory lock, so that two related articles read at once still
 * meet. A worker that finds the lock taken leaves a `place` job instead (one waits at a time), so the
 * others keep reading while one places everything stored meanwhile in one clustering of the window. A
 * `dossier` job writes one changed story's dossier. A job whose worker dies is taken again when its lease
 * runs out; storing is idempotent, so nothing is stored twice.
 */

/** A `read` job's work: one input, read with the options of the command that queued it. */
interface ReadPayload {
  input: string;
  overrides: OptionOverrides;
}

/** A `place` job's work: every article in no story yet, placed with these options. */
interface PlacePayload {
  scope: 'unplaced';
  overrides: OptionOverrides;
}

interface DossierPayload {
  story: string;
  overrides: OptionOverrides;
}

/** Queues one `read` job per file (folders expanded) or URL; returns the number queued and the inputs that cannot be read. */
export async function enqueueInputs(db: Database, inputs: readonly string[], overrides: OptionOverrides = {}): Promise<{ queued: number; failed: FailedInput[] }> {
  const { sources, failed } = await expandInputs(inputs);
  const payloads: ReadPayload[] = [];
  for (const source of sources) {
    if (source.kind === 'stdin') failed.push({ source: '-', reason: 'standard input cannot be queued: a worker elsewhere cannot read it (ingest it without --queue)' });
    else payloads.push({ input: source.kind === 'file' ? source.path : source.url, overrides });
  }
  await enqueueJobs(db, 'read', payloads);
  return { queued: payloads.length, failed };
}

/** A worker's settings: who it is, how long it holds a job, when it stops. */
export interface WorkerSettings {
  name: string;
  leaseSeconds: number;
  /** Stop once the queue has nothing to take (else wait and look again). */
  exitWhenIdle: boolean;
  /** How long to wait before looking at an empty queue again. */
  idleMilliseconds: number;
  stream: Readonly<StreamOptions>;
  /**
   * A story's dossier is written again no sooner than this many times what its last one took after it: a
   * 1,000-article story whose dossier takes 11 s, growing all the time, takes at most a sixth of a worker
   * with 5, instead of one worker whole.
   */
  dossierSpacing: number;
  /** Aborted on SIGINT or SIGTERM: the job at hand is finished, then the worker stops. */
  signal?: AbortSignal;
  /** Each job as it ends, for the log. */
  onJob?: (job: Job, outcome: 'done' | 'failed', detail: string) => void;
}

export const DEFAULT_WORKER_SETTINGS: Readonly<Omit<WorkerSettings, 'name'>> = Object.freeze({ leaseSeconds: 120, exitWhenIdle: false, idleMilliseconds: 1000, stream: DEFAULT_STREAM_OPTIONS, dossierSpacing: 5 });

/** A worker's name by default: its machine and process. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

/** Takes and does jobs until stopped (or, with `exitWhenIdle`, until the queue is empty); returns how many it did. */
export async function runWorker(db: Database, settings: WorkerSettings): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  while (!settings.signal?.aborted) {
    const [job] = await takeJobs(db, settings.name, { limit: 1, leaseSeconds: settings.leaseSeconds });
    if (!job) {
      if (settings.exitWhenIdle && !(await hasUnfinishedJobs(db))) break;
      await pause(settings.idleMilliseconds, settings.signal);
      continue;
    }
    // the lease is renewed while the job runs, so a long job is not taken by another worker
    const renew = setInterval(() => void extendLease(db, job.id, settings.name, settings.leaseSeconds).catch(() => {}), (settings.leaseSeconds * 1000) / 3);
    try {
      const detail = await doJob(db, job, settings);
      await completeJob(db, job.id, settings.name);
      settings.onJob?.(job, 'done', detail);
      done++;
    } catch (error) {
      await failJob(db, job.id, settings.name, describeError(error));
      settings.onJob?.(job, 'failed', describeError(error));
      failed++;
      // a read that failed may have been the one the stored articles waited for to be placed
      if (job.kind === 'read') await enqueueJobOnce(db, 'place', { scope: 'unplaced', overrides: (job.payload as ReadPayload).overrides } satisfies PlacePayload, 'scope');
    } finally {
      clearInterval(renew);
    }
  }
  return { done, failed };
}

async function doJob(db: Database, job: Job, settings: WorkerSettings): Promise<string> {
  if (job.kind === 'read') return readJob(db, job.payload as ReadPayload, settings);
  if (job.kind === 'place') {
    const { overrides } = job.payload as PlacePayload;
    const stories = await placeUnplaced(db, overrides, settings, { wait: true });
    return `${stories?.length ?? 0} ${stories?.length === 1 ? 'story' : 'stories'} changed`;
  }
  if (job.kind === 'dossier') {
    const { story, overrides } = job.payload as DossierPayload;
    return (await refreshDossierOf(db, story, overrides)) ? `dossier of ${story} written` : `${story}: nothing to write`;
  }
  throw new Error(`unknown job kind "${job.kind}"`);
}

/**
 * Reads and stores one input; places what waits once `placeBatch` articles wait or no read is queued (else
 * a later read places them with its own), and queues the dossiers of the stories that changed.
 */
async function readJob(db: Database, { input, overrides }: ReadPayload, settings: WorkerSettings): Promise<string> {
  const { stream } = settings;
  const articles: Article[] = [];
  const { failed } = await annotateInputs([input], overrides, {}, async (article) => {
    articles.push(article);
  });
  const added = await putArticles(db, articles, clusterReadingOf);
  const due = (await countUnplaced(db, stream.placeBatch)) >= stream.placeBatch || !(await hasQueuedJobs(db, 'read'));
  // not due: a later read places these with its own (the last one queued always places, and one that fails queues a place job)
  const stories = due ? await placeUnplaced(db, overrides, settings, { wait: false }) : undefined;
  if (!articles.length && failed.length) throw new Error(failed.map((item) => `${item.source}: ${item.reason}`).join('; '));
  const placed = stories === undefined ? 'placing waits for more' : stories === null ? 'placing left to a place job' : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} changed`;
  return `${input}: ${articles.length} read, ${added.length} new, ${placed}`;
}

/**
 * Places every article in no story yet, under the placing lock, and queues the dossiers of the stories that
 * changed. Without `wait`, a worker that finds the lock taken queues a `place` job (unless one waits
 * already) and returns null: the worker placing now may have listed the unplaced articles before these were
 * stored.
 */
async function placeUnplaced(db: Database, overrides: OptionOverrides, { stream, dossierSpacing }: WorkerSettings, { wait }: { wait: boolean }): Promise<string[] | null> {
  const stories = await placeWaiting(db, overrides, stream, { wait });
  if (stories === null) {
    await enqueueJobOnce(db, 'place', { scope: 'unplaced', overrides } satisfies PlacePayload, 'scope');
    return null;
  }
  await queueDossiers(db, stories, overrides, dossierSpacing);
  return stories;
}

/**
 * Queues a `dossier` job for each of these stories (one per story: a story queued already is not queued
 * again), for the workers to write. A story whose last dossier took long waits a while before its next one
 * (WorkerSettings.dossierSpacing).
 */
export async function queueDossiers(db: Database, stories: readonly string[], overrides: OptionOverrides = {}, spacing = DEFAULT_WORKER_SETTINGS.dossierSpacing): Promise<void> {
  const waits = await dossierWaits(db, stories, spacing);
  for (const story of stories) await enqueueJobOnce(db, 'dossier', { story, overrides } satisfies DossierPayload, 'story', waits.get(story) ?? 0);
}
