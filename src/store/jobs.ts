import type { Database } from './database.ts';

/** A unit of work in the queue: what to do (`kind`) and with what (`payload`). */
export interface Job<Payload = unknown> {
  id: number;
  kind: string;
  payload: Payload;
  attempts: number;
  maxAttempts: number;
}

interface JobRow {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/** Adds jobs to the queue, to run now or after `delaySeconds`; returns their ids. */
export async function enqueueJobs(db: Database, kind: string, payloads: readonly unknown[], options: { delaySeconds?: number; maxAttempts?: number } = {}): Promise<number[]> {
  if (!payloads.length) return [];
  const rows = await db.query<{ id: number }>(
    `INSERT INTO jobs (kind, payload, run_after, max_attempts)
     SELECT $1, payload, now() + make_interval(secs => $3), $4 FROM jsonb_array_elements($2::jsonb) AS payload RETURNING id`,
    [kind, JSON.stringify(payloads), options.delaySeconds ?? 0, options.maxAttempts ?? 5],
  );
  return rows.map((row) => row.id);
}

/**
 * Takes up to `limit` jobs for `worker`, oldest first: queued ones whose time has come, and running ones whose
 * lease ran out (their worker died). Each is leased for `leaseSeconds`. Rows another process is taking at the
 * same moment are skipped (`FOR UPDATE SKIP LOCKED`), so no job goes to two workers. A job whose attempts are
 * spent is marked failed instead.
 */
export async function takeJobs(db: Database, worker: string, options: { kinds?: readonly string[]; limit?: number; leaseSeconds?: number } = {}): Promise<Job[]> {
  await db.query(
    `UPDATE jobs SET state = 'failed', error = coalesce(error, 'its worker stopped ' || attempts || ' times before finishing it'), updated_at = now()
     WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts`,
  );
  const rows = await db.query<JobRow>(
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = now() + make_interval(secs => $2), worker = $1, updated_at = now()
     WHERE id IN (
       SELECT id FROM jobs
       WHERE ((state = 'queued' AND run_after <= now()) OR (state = 'running' AND lease_until < now()))
         AND ($3::text[] IS NULL OR kind = ANY($3::text[]))
       ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
     RETURNING id, kind, payload, attempts, max_attempts`,
    [worker, options.leaseSeconds ?? 60, options.kinds ?? null, options.limit ?? 1],
  );
  return rows.sort((a, b) => a.id - b.id).map((row) => ({ id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts }));
}

/** Marks a job done, if `worker` still holds it (a worker whose lease ran out and was taken over changes nothing). */
export async function completeJob(db: Database, id: number, worker: string): Promise<boolean> {
  const rows = await db.query("UPDATE jobs SET state = 'done', lease_until = NULL, updated_at = now() WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id", [id, worker]);
  return rows.length > 0;
}

/** A job that failed: queued again after a backoff that doubles with each attempt, or failed for good once its attempts are spent. */
export async function failJob(db: Database, id: number, worker: string, error: string, backoffSeconds = 5): Promise<void> {
  await db.query(
    `UPDATE jobs SET
       state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
       run_after = now() + make_interval(secs => $4 * power(2, greatest(attempts - 1, 0))),
       lease_until = NULL, error = $3, updated_at = now()
     WHERE id = $1 AND worker = $2 AND state = 'running'`,
    [id, worker, error, backoffSeconds],
  );
}

/** Keeps a long job's lease: a worker still busy says so before the lease runs out. */
export async function extendLease(db: Database, id: number, worker: string, leaseSeconds = 60): Promise<boolean> {
  const rows = await db.query("UPDATE jobs SET lease_until = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id", [id, worker, leaseSeconds]);
  return rows.length > 0;
}

/** How many jobs are in each state. */
export async function countJobs(db: Database): Promise<Record<'queued' | 'running' | 'done' | 'failed', number>> {
  const counts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of await db.query<{ state: keyof typeof counts; count: number }>('SELECT state, count(*)::int AS count FROM jobs GROUP BY state')) counts[row.state] = row.count;
  return counts;
}

/**
 * Queues a job (to run after `delaySeconds`) unless one of its kind with the same `payload[key]` already
 * waits: a story changed twice meanwhile is written once.
 */
export async function enqueueJobOnce(db: Database, kind: string, payload: Record<string, unknown>, key: string, delaySeconds = 0): Promise<void> {
  await db.query(
    `INSERT INTO jobs (kind, payload, run_after) SELECT $1, $2::jsonb, now() + make_interval(secs => $5)
     WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE kind = $1 AND state = 'queued' AND payload->>$3 = $4)`,
    [kind, JSON.stringify(payload), key, String(payload[key]), delaySeconds],
  );
}

/** Whether a job of this kind waits in the queue (not yet taken). */
export async function hasQueuedJobs(db: Database, kind: string): Promise<boolean> {
  return (await db.query("SELECT 1 FROM jobs WHERE kind = $1 AND state = 'queued' LIMIT 1", [kind])).length > 0;
}

/** Whether any job is still queued or running (a running job may yet queue more). */
export async function hasUnfinishedJobs(db: Database): Promise<boolean> {
  return (await db.query("SELECT 1 FROM jobs WHERE state IN ('queued', 'running') LIMIT 1")).length > 0;
}
