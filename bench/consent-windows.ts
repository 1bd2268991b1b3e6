// Measures 10k consent windows closing at the same instant: sweep -> activations -> every e-mail handed to SMTP.
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../apps/server/src/config/config';
import type { Db } from '../apps/server/src/db/client';
import { enqueueJob } from '../apps/server/src/jobs/enqueue-job';
import { sweepDeadlinesJob } from '../apps/server/src/jobs/sweep-deadlines.job';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';
import { startWorker } from '../apps/server/src/worker';
import { seedConsentWindows, seedPartners } from '../apps/server/test/helpers/seed-consent-windows';

/** A real SMTP server that only counts what it accepts, so parsing does not steal the worker's CPU. */
async function startCountingSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Seeds `count` windows closing now, starts the real worker role, and times activation and delivery. */
export async function measureConsentClosings({ db, pool, databaseUrl, count, concurrency = 10 }: { db: Db; pool: pg.Pool; databaseUrl: string; count: number; concurrency?: number }) {
  const smtp = await startCountingSmtp();
  const partners = await seedPartners(db, { count: 20, prefix: 'Bench windows' });
  const windows = await seedConsentWindows(db, { partners, count, closesAt: new Date(Date.now() - 1000), prefix: 'BenchW' });
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SMTP_URL: smtp.url, WORKER_CONCURRENCY: String(concurrency), PUBLIC_URL: 'https://associa.bench' });
  const ids = windows.map((w) => w.claimId);
  const counts = async () =>
    (
      await sql<{ active: number; sent: number; total: number }>`
        select (select count(*)::int from claims where status = 'ACTIVE' and id = any(${ids}::uuid[])) as active,
               (select count(*)::int from outbound_emails where state = 'SENT' and claim_id = any(${ids}::uuid[])) as sent,
               (select count(*)::int from outbound_emails where claim_id = any(${ids}::uuid[])) as total`.execute(db)
    ).rows[0]!;
  const started = performance.now();
  await db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));
  const worker = await startWorker({ pool, db, config, clock: systemClock, logger: createLogger('silent') });
  let allActiveS = 0;
  // Each activation writes three messages: partner contact, partner admin, customer contact.
  const expected = count * 3;
  for (;;) {
    const c = await counts();
    if (!allActiveS && c.active === count) allActiveS = (performance.now() - started) / 1000;
    if (allActiveS && c.sent === expected && smtp.received() >= expected) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const allSentS = (performance.now() - started) / 1000;
  await worker.stop();
  await smtp.close();
  return { count, allActiveS, emails: expected, received: smtp.received(), allSentS, concurrency };
}
