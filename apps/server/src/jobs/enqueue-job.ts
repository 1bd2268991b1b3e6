import { type Kysely, sql } from 'kysely';
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

/**
 * Adds a job inside the caller's transaction: it exists exactly when the transaction commits, so
 * a crash can neither lose the follow-up nor run it for a change that was rolled back.
 */
export async function enqueueJob<N extends JobName>(trx: Kysely<any>, job: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<void>;
export async function enqueueJob<S extends z.ZodType>(trx: Kysely<any>, job: JobDefinition<S>, payload: z.input<S>, options?: EnqueueOptions): Promise<void>;
export async function enqueueJob(trx: Kysely<any>, job: JobRef, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
  const { name, payload: schema, maxAttempts } = schemaOf(job);
  const parsed = schema.parse(payload);
  await sql`select graphile_worker.add_job(
    ${name},
    ${JSON.stringify(parsed)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`.execute(trx);
}

/** One job of a batch to enqueue; `priority`: among due jobs, lower runs first (default 0). */
export type JobSpec<N extends JobName = JobName> = { name: N; payload: JobPayload<N>; priority?: number } & EnqueueOptions;

/** Adds many jobs with one statement, in the caller's transaction (same guarantee as enqueueJob). */
export async function enqueueJobs(trx: Kysely<any>, specs: JobSpec[]): Promise<void> {
  if (!specs.length) return;
  const rows = specs.map((s) => ({
    identifier: s.name,
    payload: JOB_PAYLOADS[s.name].parse(s.payload),
    run_at: s.runAt?.toISOString() ?? null,
    max_attempts: s.maxAttempts ?? JOB_MAX_ATTEMPTS[s.name] ?? 10,
    job_key: s.jobKey ?? null,
    priority: s.priority ?? null,
  }));
  await sql`select graphile_worker.add_jobs(array(
    select json_populate_record(null::graphile_worker.job_spec, x) from json_array_elements(${JSON.stringify(rows)}::json) x
  ))`.execute(trx);
}
