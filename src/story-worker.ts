import { hostname } from 'node:os';
import { expandInputs } from './ingest/index.ts';
import type { Article, FailedInput, OptionOverrides } from './model/index.ts';
import { annotateInputs } from './pipeline.ts';
import { completeJob, enqueueJobOnce, enqueueJobs, extendLease, failJob, hasUnfinishedJobs, putArticles, takeJobs, unplacedArticles, type Database, type Job } from './store/index.ts';
import { describeError } from './shared/describe-error.ts';
import { pause } from './shared/pause.ts';
import { assignToStories, DEFAULT_STREAM_OPTIONS, refreshDossierOf, type StreamOptions } from './story-stream.ts';

/**
 * The work of ingest shared by worker processes through the store's jobs queue: on N machines, N workers
 * take jobs from one PostgreSQL server. A `read` job reads, cleans, annotates and stores one input, then
 * places the articles in no story yet (one worker at a time places, under an advisory lock, so that two
 * related articles read at once still meet); a `dossier` job writes one changed story's dossier. A job
 * whose worker dies is taken again when its lease runs out; storing is idempotent, so nothing is stored twice.
 */

/** A `read` job's work: one input, read with the options of the command that queued it. */
interface ReadPayload {
  input: string;
  overrides: OptionOverrides;
}

interface DossierPayload {
  story: string;
  overrides: OptionOverrides;
}

/** A key for PostgreSQL's advisory lock under which one worker at a time places articles into stories. */
const PLACING_LOCK = 7_284_002;

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
  /** Aborted on SIGINT or SIGTERM: the job at hand is finished, then the worker stops. */
  signal?: AbortSignal;
  /** Each job as it ends, for the log. */
  onJob?: (job: Job, outcome: 'done' | 'failed', detail: string) => void;
}

export const DEFAULT_WORKER_SETTINGS: Readonly<Omit<WorkerSettings, 'name'>> = Object.freeze({ leaseSeconds: 120, exitWhenIdle: false, idleMilliseconds: 1000, stream: DEFAULT_STREAM_OPTIONS });

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
    } finally {
      clearInterval(renew);
    }
  }
  return { done, failed };
}

async function doJob(db: Database, job: Job, settings: WorkerSettings): Promise<string> {
  if (job.kind === 'read') return readJob(db, job.payload as ReadPayload, settings.stream);
  if (job.kind === 'dossier') {
    const { story, overrides } = job.payload as DossierPayload;
    return (await refreshDossierOf(db, story, overrides)) ? `dossier of ${story} written` : `${story}: nothing to write`;
  }
  throw new Error(`unknown job kind "${job.kind}"`);
}

/** Reads and stores one input, places what is unplaced, and queues the dossiers of the stories that changed. */
async function readJob(db: Database, { input, overrides }: ReadPayload, stream: Readonly<StreamOptions>): Promise<string> {
  const articles: Article[] = [];
  const { failed } = await annotateInputs([input], overrides, {}, async (article) => {
    articles.push(article);
  });
  const added = await putArticles(db, articles);
  const stories = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [PLACING_LOCK]);
    return assignToStories(tx, await unplacedArticles(tx), overrides, stream);
  });
  for (const story of stories) await enqueueJobOnce(db, 'dossier', { story, overrides } satisfies DossierPayload, 'story');
  if (!articles.length && failed.length) throw new Error(failed.map((item) => `${item.source}: ${item.reason}`).join('; '));
  return `${input}: ${articles.length} read, ${added.length} new, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} changed`;
}
