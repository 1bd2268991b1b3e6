// Measures consent windows (BENCH_WINDOWS, 10k by default) closing at the same instant: sweep -> batch closings -> every e-mail handed to SMTP.
import { sql } from 'kysely';
import type pg from 'pg';
import { loadConfig } from '../apps/server/src/config/config';
import type { Db } from '../apps/server/src/db/client';
import { enqueueJob } from '../apps/server/src/jobs/enqueue-job';
import { sweepDeadlinesJob } from '../apps/server/src/jobs/sweep-deadlines.job';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';
import { startWorker } from '../apps/server/src/worker';
import { seedConsentWindows, seedPartners } from '../apps/server/test/helpers/seed-consent-windows';
import { startChild } from './child';

/** A real SMTP server that only counts what it accepts, in a child process of its own (its parsing must not steal the worker's event loop). */
async function startCountingSmtp() {
  const child = await startChild('smtp-sink-process.ts', {});
  const ask = async () => (await (await fetch(child.url)).json()) as { smtpPort: number; received: number };
  const { smtpPort } = await ask();
  return { url: `smtp://127.0.0.1:${smtpPort}`, received: async () => (await ask()).received, close: () => child.stop() };
}

/** Seeds `count` windows closing now, starts the real worker role, and times activation and delivery. */
export async function measureConsentClosings({
  db,
  pool,
  databaseUrl,
  count,
  concurrency = 10,
  timeoutMs = 600_000,
}: {
  db: Db;
  pool: pg.Pool;
  databaseUrl: string;
  count: number;
  concurrency?: number;
  /** Gives up (printing what is stuck) when the closings have not finished by then. */
  timeoutMs?: number;
}) {
  const smtp = await startCountingSmtp();
  const partners = await seedPartners(db, { count: 20, prefix: 'Bench windows' });
  const windows = await seedConsentWindows(db, { partners, count, closesAt: new Date(Date.now() - 1000), prefix: 'BenchW' });
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SMTP_URL: smtp.url, WORKER_CONCURRENCY: String(concurrency), PUBLIC_URL: 'https://associa.bench' });
  // The claims measured, in a table of their own (an array of 100k ids per poll would cost more than what it measures).
  await sql`drop table if exists bench_windows`.execute(db);
  await sql`create table bench_windows (id uuid primary key)`.execute(db);
  await sql`insert into bench_windows select unnest(${windows.map((w) => w.claimId)}::uuid[])`.execute(db);
  await sql`analyze bench_windows`.execute(db);
  // One pass over the bench's messages per poll (was three), so polling costs the database less.
  const counts = async () =>
    (
      await sql<{ active: number; sent: number; customerSent: number; total: number }>`
        select (select count(*)::int from claims c join bench_windows b using (id) where c.status = 'ACTIVE') as active, m.*
        from (select count(*) filter (where e.state = 'SENT')::int as sent,
                     count(*) filter (where e.state = 'SENT' and e.template = 'ASSOCIATION_ACTIVE')::int as "customerSent",
                     count(*)::int as total
              from outbound_emails e join bench_windows b on b.id = e.claim_id) m`.execute(db)
    ).rows[0]!;
  const started = performance.now();
  await db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));
  const worker = await startWorker({ pool, db, config, clock: systemClock, logger: createLogger('silent') });
  let allActiveS = 0;
  let customerSentS = 0;
  // Each activation writes three messages: partner contact, partner admin, customer contact.
  const expected = count * 3;
  for (;;) {
    const c = await counts();
    if (process.env.BENCH_CONSENT_TRACE) console.log(`  ${((performance.now() - started) / 1000).toFixed(1)}s: ${c.active} ACTIVE, ${c.total} written, ${c.sent} SENT (${c.customerSent} customers')`);
    if (!allActiveS && c.active === count) allActiveS = (performance.now() - started) / 1000;
    if (!customerSentS && c.customerSent === count) customerSentS = (performance.now() - started) / 1000;
    if (allActiveS && c.sent === expected && (await smtp.received()) >= expected) break;
    if (performance.now() - started > timeoutMs) {
      console.error(`consent-windows bench: stuck after ${timeoutMs / 1000}s: ${c.active}/${count} ACTIVE, ${c.sent}/${expected} SENT (${c.total} written), SMTP received ${await smtp.received()}`);
      console.error(await describeStuck(db));
      await worker.stop();
      await smtp.close();
      throw new Error('consent-windows bench timed out');
    }
    await new Promise((r) => setTimeout(r, count > 20_000 ? 1000 : 250));
  }
  const allSentS = (performance.now() - started) / 1000;
  const received = await smtp.received();
  await worker.stop();
  await smtp.close();
  const history = (
    await sql<{ activations: number; started: number; sentEvents: number }>`
      select count(*) filter (where e.type = 'STATUS_CHANGED')::int as activations, count(*) filter (where e.type = 'ASSOCIATION_STARTED')::int as started,
             count(*) filter (where e.type = 'EMAIL_SENT')::int as "sentEvents"
      from claim_events e join bench_windows b on b.id = e.claim_id`.execute(db)
  ).rows[0]!;
  await sql`drop table bench_windows`.execute(db);
  // Each figure is the time since the sweep was queued: all ACTIVE, every customer's message handed to SMTP, every message.
  return { count, allActiveS, customerSentS, emails: expected, received, allSentS, concurrency, history };
}

/** What the queue and the database are doing, for a bench that did not finish. */
async function describeStuck(db: Db): Promise<string> {
  const jobs = await sql<Record<string, unknown>>`
    select task_identifier, locked_by is not null as locked, attempts, max_attempts, left(coalesce(last_error, ''), 120) as last_error, count(*)::int as n
    from graphile_worker.jobs group by 1, 2, 3, 4, 5 order by n desc limit 20`.execute(db);
  const activity = await sql<Record<string, unknown>>`
    select state, wait_event_type, wait_event, left(query, 120) as query, count(*)::int as n
    from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() group by 1, 2, 3, 4 order by n desc limit 20`.execute(db);
  const locks = await sql<Record<string, unknown>>`select locktype, mode, granted, count(*)::int as n from pg_locks group by 1, 2, 3 order by n desc limit 10`.execute(db);
  return ['jobs:', ...jobs.rows.map((r) => JSON.stringify(r)), 'connections:', ...activity.rows.map((r) => JSON.stringify(r)), 'locks:', ...locks.rows.map((r) => JSON.stringify(r))].join('\n');
}
