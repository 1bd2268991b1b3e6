import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { seedConsentWindows, seedPartners } from '../helpers/seed-consent-windows';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { spawnWorkerProcess, until } from '../helpers/worker-process';

const WINDOWS = 1000;
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

describe('a worker killed while consent windows close', () => {
  it('after SIGKILL and a restart, every claim is ACTIVE once and every e-mail reached the SMTP server', async () => {
    const partners = await seedPartners(t.db, { count: 1, prefix: 'Crash' });
    const windows = await seedConsentWindows(t.db, { partners, count: WINDOWS, closesAt: new Date(Date.now() - 1000), prefix: 'Crash' });
    const ids = windows.map((w) => w.claimId);
    const count = async (status: string) => Number((await t.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('id', 'in', ids).where('status', '=', status).executeTakeFirstOrThrow()).n);
    await t.db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));

    const first = startWorkerProcess();
    await until('activations to start', async () => (await count('ACTIVE')) >= 100, 120_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = { active: await count('ACTIVE'), received: smtp.messages.length };
    expect(atKill.active).toBeLessThan(WINDOWS);

    startWorkerProcess();
    await until('every window closed', async () => (await count('ACTIVE')) === WINDOWS, 180_000);
    const emails = () => t.db.selectFrom('outbound_emails').select(['id', 'state']).where('claim_id', 'in', ids).execute();
    // Each activation writes 3 messages: the partner contact, the partner admin, the customer.
    await until('every message sent', async () => (await emails()).filter((e) => e.state === 'SENT').length === WINDOWS * 3, 180_000);

    const activations = await t.db.selectFrom('claim_events').select('claim_id').where('claim_id', 'in', ids).where('type', '=', 'STATUS_CHANGED').execute();
    expect(activations).toHaveLength(WINDOWS);
    expect(await t.db.selectFrom('associations').select('id').where('claim_id', 'in', ids).where('status', '=', 'ACTIVE').execute()).toHaveLength(WINDOWS);
    const rows = await emails();
    expect(rows).toHaveLength(WINDOWS * 3);
    const received = new Map<string, number>();
    for (const m of smtp.messages) received.set(m.messageId ?? '', (received.get(m.messageId ?? '') ?? 0) + 1);
    // Every message arrived; a message the relay accepted in the instant before the kill may come twice, never more.
    expect(rows.filter((r) => !received.has(`<${r.id}@associa>`))).toEqual([]);
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    console.info(`worker crash: killed after ${atKill.active} activations and ${atKill.received} messages; after restart ${WINDOWS} ACTIVE, ${rows.length} messages, ${duplicates} delivered twice`);
  }, 420_000);
});
