import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { SMTP_POOL_CONNECTIONS } from '../../src/lib/mailer';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { seedConsentWindows, seedPartners } from '../helpers/seed-consent-windows';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { spawnWorkerProcess, until } from '../helpers/worker-process';

// Several closing batches per lane (CLOSING_BATCH 500, CLOSING_LANES 3), so kills land between and inside batches.
const WINDOWS = 3000;
const CONCURRENCY = 4;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
const children: ChildProcess[] = [];
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp();
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await t.close();
  await smtp.close();
});

function startWorkerProcess(): ChildProcess {
  const child = spawnWorkerProcess({ DATABASE_URL: t.config.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL: 'https://associa.test', WORKER_CONCURRENCY: String(CONCURRENCY), WORKER_STALE_SECONDS: '3' });
  children.push(child);
  return child;
}

describe('a worker killed while consent windows close in batches', () => {
  it('after SIGKILL mid-batch (closing, then sending) and restarts, every claim is ACTIVE once and every e-mail was written once and reached the SMTP server', async () => {
    const partners = await seedPartners(t.db, { count: 1, prefix: 'Crash' });
    const windows = await seedConsentWindows(t.db, { partners, count: WINDOWS, closesAt: new Date(Date.now() - 1000), prefix: 'Crash' });
    const ids = windows.map((w) => w.claimId);
    const count = async (status: string) => Number((await t.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('id', 'in', ids).where('status', '=', status).executeTakeFirstOrThrow()).n);
    const emails = () => t.db.selectFrom('outbound_emails').select(['id', 'state']).where('claim_id', 'in', ids).execute();
    const kill = async (child: ChildProcess) => {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    };
    await t.db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));

    // First kill: as soon as the first closing batch committed, while the other lanes' batches are in flight.
    const first = startWorkerProcess();
    await until('a first closing batch', async () => (await count('ACTIVE')) > 0, 120_000);
    await kill(first);
    const atFirstKill = await count('ACTIVE');
    expect(atFirstKill).toBeLessThan(WINDOWS);

    // Second kill: in the middle of the e-mails, while send batches are out at the SMTP server.
    const second = startWorkerProcess();
    await until('e-mails half sent', async () => (await emails()).filter((e) => e.state === 'SENT').length >= WINDOWS, 180_000);
    await kill(second);
    const sentAtSecondKill = (await emails()).filter((e) => e.state === 'SENT').length;
    expect(sentAtSecondKill).toBeLessThan(WINDOWS * 3);

    startWorkerProcess();
    await until('every window closed', async () => (await count('ACTIVE')) === WINDOWS, 180_000);
    // Each activation writes 3 messages: the partner contact, the partner admin, the customer.
    await until('every message sent', async () => (await emails()).filter((e) => e.state === 'SENT').length === WINDOWS * 3, 180_000);

    // Exactly once in the database: one transition, one association and its entry per claim, one row and one EMAIL_SENT entry per message.
    const history = await t.db.selectFrom('claim_events').select(['claim_id', 'type', 'data']).where('claim_id', 'in', ids).execute();
    const perClaim = (type: string) => new Set(history.filter((e) => e.type === type).map((e) => e.claim_id));
    expect(history.filter((e) => e.type === 'STATUS_CHANGED')).toHaveLength(WINDOWS);
    expect(perClaim('STATUS_CHANGED').size).toBe(WINDOWS);
    expect(history.filter((e) => e.type === 'ASSOCIATION_STARTED')).toHaveLength(WINDOWS);
    expect(await t.db.selectFrom('associations').select('id').where('claim_id', 'in', ids).where('status', '=', 'ACTIVE').execute()).toHaveLength(WINDOWS);
    const rows = await emails();
    expect(rows).toHaveLength(WINDOWS * 3);
    const sentEvents = history.filter((e) => e.type === 'EMAIL_SENT').map((e) => (e.data as { emailId: string }).emailId);
    expect(sentEvents).toHaveLength(WINDOWS * 3);
    expect(new Set(sentEvents).size).toBe(WINDOWS * 3);

    const received = new Map<string, number>();
    for (const m of smtp.messages) received.set(m.messageId ?? '', (received.get(m.messageId ?? '') ?? 0) + 1);
    // Every message arrived. A message the relay accepted in the instant before a kill, not yet marked SENT, may come twice, never more:
    // at most what was in flight on the pooled connections plus the deliveries not yet recorded (10 per send job), per kill.
    expect(rows.filter((r) => !received.has(`<${r.id}@associa>`))).toEqual([]);
    expect(Math.max(...received.values())).toBeLessThanOrEqual(2);
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    expect(duplicates).toBeLessThanOrEqual(SMTP_POOL_CONNECTIONS + CONCURRENCY * 10);
    console.info(`worker crash: killed after ${atFirstKill} activations and again after ${sentAtSecondKill} messages; after restart ${WINDOWS} ACTIVE, ${rows.length} messages, ${duplicates} delivered twice`);
  }, 600_000);
});
