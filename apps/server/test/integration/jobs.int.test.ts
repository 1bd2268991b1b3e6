import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { expireSessionsJob } from '../../src/jobs/expire-sessions.job';
import { buildTaskList } from '../../src/jobs/index';
import { silentWorkerLogger } from '../../src/db/migrate';
import { createLogger } from '../../src/lib/logger';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const queued = async (name: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = ${name}`.execute(t.db)).rows[0]!.n;

/** Runs the real worker code until the queue is empty. */
const drainQueue = () =>
  runOnce({ pgPool: t.pool, taskList: buildTaskList({ db: t.db, clock: t.clock, config: t.config, logger: createLogger('silent') }), logger: silentWorkerLogger });

describe('the job queue', () => {
  it('keeps a job enqueued in a transaction that commits, and none from one that rolls back', async () => {
    await t.db.transaction().execute((trx) => enqueueJob(trx, expireSessionsJob, {}));
    expect(await queued('expire-sessions')).toBe(1);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, expireSessionsJob, {});
        throw new Error('the use case failed after enqueueing');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await queued('expire-sessions')).toBe(1);
    await drainQueue();
    expect(await queued('expire-sessions')).toBe(0);
  });

  it('deletes expired sessions and keeps live ones when the expire-sessions job runs', async () => {
    await t.loginAs('partner.user@northwind.example');
    const live = await t.loginAs('partner.admin@fabrikam.example');
    // Age the Northwind session past its expiry.
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where('user_id', 'in', (eb) => eb.selectFrom('users').select('id').where('email', '=', 'partner.user@northwind.example'))
      .execute();
    await t.db.transaction().execute((trx) => enqueueJob(trx, expireSessionsJob, {}));
    await drainQueue();
    const emails = await t.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select('users.email').execute();
    expect(emails.map((e) => e.email)).toEqual(['partner.admin@fabrikam.example']);
    expect((await live.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it('refuses a payload that does not match the job schema before it is queued', async () => {
    await expect(t.db.transaction().execute((trx) => enqueueJob(trx, expireSessionsJob, 'nope' as never))).rejects.toThrow();
  });
});
