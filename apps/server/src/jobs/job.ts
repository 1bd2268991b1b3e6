import type { PoolClient } from 'pg';
import type { z } from 'zod';
import type { Config } from '../config/config';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import type { Logger } from '../lib/logger';

/** What a job handler may use; the same objects the API hands its use cases. */
export type JobDeps = { db: Db; clock: Clock; logger: Logger; config: Config };

/** One job: its queue name, the payload it accepts, and what it does. Handlers must be idempotent. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  /** Tries before the queue gives up (default 10), with exponential back-off between them. */
  maxAttempts?: number;
  handler: (payload: z.infer<S>, deps: JobDeps, job: JobRun) => Promise<void>;
};

/** This run of a job: its attempt number and limit, and a client of the worker's own pool (for COPY). */
export type JobRun = { attempts: number; maxAttempts: number; withPgClient: <T>(callback: (client: PoolClient) => Promise<T>) => Promise<T> };

/** Declares a job with its payload type inferred from the schema. */
export function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}
