// Measures the deadline sweep end to end: due claims -> sweep fans out -> worker rejects -> e-mails land.
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Config } from '../apps/server/src/config/config';
import type { Db } from '../apps/server/src/db/client';
import { silentWorkerLogger } from '../apps/server/src/db/migrate';
import { enqueueJob } from '../apps/server/src/jobs/enqueue-job';
import { buildTaskList } from '../apps/server/src/jobs/index';
import { sweepDeadlinesJob } from '../apps/server/src/jobs/sweep-deadlines.job';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';
import { WORKER_PRESET } from '../apps/server/src/worker';
import { seedOpenClaims } from './seed-review';

/** Seeds `count` overdue information requests, then sweeps and works until every one is rejected. */
export async function measureSweep({ db, pool, config, count }: { db: Db; pool: pg.Pool; config: Config; count: number }) {
  await sql`update claims set status = 'WITHDRAWN', response_due_at = null where status = 'ACTION_REQUIRED' and response_due_at <= now()`.execute(db);
  const before = await sql<{ n: number }>`select count(*)::int as n from claims where status = 'REJECTED'`.execute(db);
  await seedOpenClaims(db, { organisationEmail: 'partner.admin@northwind.example', count, overdueResponses: count });
  const concurrency = 10;
  const taskList = buildTaskList({ db, clock: systemClock, config, logger: createLogger('silent') });
  const started = performance.now();
  let sweeps = 0;
  for (;;) {
    const due = await sql<{ n: number }>`select count(*)::int as n from claims where status = 'ACTION_REQUIRED' and response_due_at <= now()`.execute(db);
    if (due.rows[0]!.n === 0) break;
    await db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));
    sweeps++;
    await runOnce({ pgPool: pool, taskList, concurrency, logger: silentWorkerLogger, preset: WORKER_PRESET(concurrency) });
  }
  // Drain what the rejections enqueued (the partner e-mails) before stopping the clock.
  await runOnce({ pgPool: pool, taskList, concurrency, logger: silentWorkerLogger, preset: WORKER_PRESET(concurrency) });
  const seconds = (performance.now() - started) / 1000;
  const after = await sql<{ n: number }>`select count(*)::int as n from claims where status = 'REJECTED'`.execute(db);
  const emails = await sql<{ n: number }>`select count(*)::int as n from outbound_emails where template = 'REJECTED'`.execute(db);
  return { count: after.rows[0]!.n - before.rows[0]!.n, emails: emails.rows[0]!.n, seconds, sweeps, concurrency };
}
