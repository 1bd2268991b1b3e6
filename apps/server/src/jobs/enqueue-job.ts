import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { JobDefinition } from './job';
import { JOB_MAX_ATTEMPTS, JOB_PAYLOADS, type JobName, type JobPayload } from './job-names';

/** When a job runs, and its key (one waiting job per key) and try limit. */
export type EnqueueOptions = { runAt?: Date; jobKey?: string; maxAttempts?: number };

/** A job named in the queue's contract, or (for jobs outside it) its definition. */
type JobRef = JobName | Pick<JobDefinition, 'name' | 'payload' | 'maxAttempts'>;

function schemaOf(job: JobRef): { name: string; payload: z.ZodType; maxAttempts?: number } {
  if (typeof job === 'string') return { name: job, payload: JOB_PAYLOADS[job], maxAttempts: JOB_MAX_ATTEMPTS[job] };
  return job;
}

/** A job as graphile-worker's `job_spec` takes it, its payload already checked against the queue's contract. */
export type JobSpecRow = { identifier: string; payload: unknown; run_at: string | null; max_attempts: number; job_key: string | null; priority: number | null };

/** Checks one job's payload and answers it as a `job_spec` row (for `addJobsSql`). */
export function jobSpecRow(job: JobRef, payload: unknown, options: EnqueueOptions & { priority?: number } = {}): JobSpecRow {
  const { name, payload: schema, maxAttempts } = schemaOf(job);
  return {
    identifier: name,
    payload: schema.parse(payload),
    run_at: options.runAt?.toISOString() ?? null,
    max_attempts: options.maxAttempts ?? maxAttempts ?? 10,
    job_key: options.jobKey ?? null,
    priority: options.priority ?? null,
  };
}

/**
 * `graphile_worker.add_jobs` over a json array of `job_spec` rows, as an expression to use inside a
 * larger statement (it answers the added jobs). One call adds them all; two rows may not share a job key.
 */
export function addJobsSql(rows: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`graphile_worker.add_jobs(array(select json_populate_record(null::graphile_worker.job_spec, x) from json_array_elements(${rows}) x))`;
}

/**
 * Adds a job inside the caller's transaction: it exists exactly when the transaction commits, so
 * a crash can neither lose the follow-up nor run it for a change that was rolled back.
 */
export async function enqueueJob<N extends JobName>(trx: Kysely<any>, job: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<void>;
export async function enqueueJob<S extends z.ZodType>(trx: Kysely<any>, job: JobDefinition<S>, payload: z.input<S>, options?: EnqueueOptions): Promise<void>;
export async function enqueueJob(trx: Kysely<any>, job: JobRef, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
  await enqueueJobRows(trx, [jobSpecRow(job, payload, options)]);
}

/** One job of a batch to enqueue; `priority`: among due jobs, lower runs first (default 0). */
export type JobSpec<N extends JobName = JobName> = { name: N; payload: JobPayload<N>; priority?: number } & EnqueueOptions;

/** Adds many jobs with one statement, in the caller's transaction (same guarantee as enqueueJob). */
export async function enqueueJobs(trx: Kysely<any>, specs: JobSpec[]): Promise<void> {
  await enqueueJobRows(trx, specs.map((s) => jobSpecRow(s.name, s.payload, s)));
}

// add_jobs is what add_job runs (job_key_mode 'replace'), without add_job's own PL/pgSQL call around it.
async function enqueueJobRows(trx: Kysely<any>, rows: JobSpecRow[]): Promise<void> {
  if (!rows.length) return;
  await sql`select count(*) from ${addJobsSql(sql`${JSON.stringify(rows)}::json`)}`.execute(trx);
}
