import { runOnce } from 'graphile-worker';
import { silentWorkerLogger } from '../../src/db/migrate';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { buildTaskList } from '../../src/jobs/index';
import type { JobDefinition } from '../../src/jobs/job';
import { createLogger } from '../../src/lib/logger';
import type { TestApp } from './test-app';

/** Runs the real worker code, with the test's clock, until the queue is empty. */
export async function drainJobs(t: TestApp): Promise<void> {
  await runOnce({ pgPool: t.pool, taskList: buildTaskList({ db: t.db, clock: t.clock, config: t.config, logger: createLogger('silent') }), logger: silentWorkerLogger });
}

/** Enqueues one job (as the crontab would) and drains the queue. */
export async function runJob(t: TestApp, job: JobDefinition, payload: unknown = {}): Promise<void> {
  await t.db.transaction().execute((trx) => enqueueJob(trx, job, payload as never));
  await drainJobs(t);
}
