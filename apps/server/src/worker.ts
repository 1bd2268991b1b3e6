import { Logger as WorkerLogger, run, type Runner } from 'graphile-worker';
import type pg from 'pg';
import type { Config } from './config/config';
import type { Db } from './db/client';
import type { Clock } from './lib/clock';
import type { Logger } from './lib/logger';
import { buildTaskList, CRONTAB } from './jobs/index';
import { startWorkerLiveness } from './jobs/worker-liveness';
import { closeMailers } from './lib/mailer';

/** Routes graphile-worker's log lines into the process logger. */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const child = logger.child({ worker: scope.label ?? 'worker', ...(meta ?? {}) });
    if (level === 'error') child.error(message);
    else if (level === 'warning') child.warn(message);
    else child.debug(message);
  });
}

/**
 * Batching: the pool locks a few jobs ahead so a worker finishing one finds the next without a
 * database round trip, and completions are written in small batches.
 */
export const WORKER_PRESET = (concurrency: number) => ({ worker: { localQueue: { size: concurrency * 2 }, completeJobBatchDelay: 5, failJobBatchDelay: 5 } });

/** A running worker: stopping it finishes the jobs in hand and releases the rest. */
export type WorkerHandle = { runner: Runner; stop: () => Promise<void> };

/** The job worker role: runs queued and periodic jobs from PostgreSQL until stopped. */
export async function startWorker({ pool, db, config, clock, logger }: { pool: pg.Pool; db: Db; config: Config; clock: Clock; logger: Logger }): Promise<WorkerHandle> {
  const liveness = startWorkerLiveness({ db, pool, logger, staleSeconds: config.workerStaleSeconds });
  const runner = await run({
    events: liveness.events,
    pgPool: pool,
    taskList: buildTaskList({ db, clock, logger, config }),
    crontab: CRONTAB,
    concurrency: config.workerConcurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger(logger),
    preset: WORKER_PRESET(config.workerConcurrency),
  });
  return {
    runner,
    stop: async () => {
      await runner.stop();
      // Stop resolves before the pool's LISTEN connection is handed back; wait for all of it.
      await runner.promise.catch(() => undefined);
      await liveness.stop();
      closeMailers();
    },
  };
}
