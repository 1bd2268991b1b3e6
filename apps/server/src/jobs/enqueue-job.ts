import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { JobDefinition } from './job';

/**
 * Adds a job inside the caller's transaction: it exists exactly when the transaction commits, so
 * a crash can neither lose the follow-up nor run it for a change that was rolled back.
 */
export async function enqueueJob<S extends z.ZodType>(
  trx: Kysely<any>,
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: { runAt?: Date; jobKey?: string; maxAttempts?: number } = {},
): Promise<void> {
  const parsed = job.payload.parse(payload);
  await sql`select graphile_worker.add_job(
    ${job.name},
    ${JSON.stringify(parsed)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? job.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`.execute(trx);
}
