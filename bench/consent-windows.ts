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

/** A real SMTP server that only counts what it accepts (by recipient domain too), in a child process of its own (its parsing must not steal the worker's event loop). */
async function startCountingSmtp() {
  const child = await startChild('smtp-sink-process.ts', {});
  const ask = async () => (await (await fetch(child.url)).json()) as { smtpPort: number; received: number; byDomain: Record<string, number> };
  const { smtpPort } = await ask();
  return { url: `smtp://127.0.0.1:${smtpPort}`, counts: ask, close: () => child.stop() };
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
  const closesAt = new Date(Date.now() - 1000);
  const windows = await seedConsentWindows(db, { partners, count, closesAt, prefix: 'BenchW' });
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SMTP_URL: smtp.url, WORKER_CONCURRENCY: String(concurrency), PUBLIC_URL: 'https://associa.bench' });
  // The claims measured, in a table of their own (an array of 100k ids per poll would cost more than what it measures).
  await sql`drop table if exists bench_windows`.execute(db);
  await sql`create table bench_windows (id uuid primary key)`.execute(db);
  await sql`insert into bench_windows select unnest(${windows.map((w) => w.claimId)}::uuid[])`.execute(db);
  await sql`analyze bench_windows`.execute(db);
  // The seed's gigabyte of WAL would otherwise force a checkpoint (and full-page writes) into the
  // closings measured; a server of the caller's may not grant CHECKPOINT (pg_checkpoint role).
  await sql`checkpoint`.execute(db).catch(() => undefined);
  // The poll must not cost what it measures: a pass over every claim and message per second took
  // ~1 s of database time at 100k (a third of the machine, and more in a full run where the claims
  // table holds the read sections' million). Open windows are looked up on the partial index the
  // sweep itself reads, and only a trace counts them all (~250 ms at 100k: it visits each open
  // claim's row); messages are counted by the SMTP server (customers' by their domain: the only
  // customer message here is the activation); the database's side is checked once at the end.
  const trace = Boolean(process.env.BENCH_CONSENT_TRACE);
  const stillOpen = async () =>
    (
      await sql<{ n: number }>`select count(*)::int as n from (select from claims where status = 'CUSTOMER_CONSENT' and consent_closes_at <= ${closesAt} ${trace ? sql`` : sql`limit 1`}) open`.execute(db)
    ).rows[0]!.n;
  const started = performance.now();
  await db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));
  const worker = await startWorker({ pool, db, config, clock: systemClock, logger: createLogger('silent') });
  let allActiveS = 0;
  let customerSentS = 0;
  const tick = count > 20_000 ? 1000 : 250;
  let open = count;
  // Each activation writes three messages: partner contact, partner admin, customer contact.
  const expected = count * 3;
  for (;;) {
    if (!allActiveS) open = await stillOpen();
    const mail = await smtp.counts();
    const customers = mail.byDomain['customers.example'] ?? 0;
    const at = (performance.now() - started) / 1000;
    if (trace) console.log(`  ${at.toFixed(1)}s: ${count - open} closed, ${mail.received} handed to SMTP (${customers} customers')`);
    if (!allActiveS && open === 0) allActiveS = at;
    if (!customerSentS && customers >= count) customerSentS = at;
    if (allActiveS && mail.received >= expected) break;
    if (performance.now() - started > timeoutMs) {
      console.error(`consent-windows bench: stuck after ${timeoutMs / 1000}s: ${open ? 'windows still open' : 'all closed'}, SMTP received ${mail.received}/${expected}`);
      console.error(await describeStuck(db));
      await worker.stop();
      await smtp.close();
      throw new Error('consent-windows bench timed out');
    }
    await new Promise((r) => setTimeout(r, tick));
  }
  const allSentS = (performance.now() - started) / 1000;
  const { received } = await smtp.counts();
  // The SMTP server may count a message a moment before its row is marked SENT: the worker still runs.
  const settled = async () => (
    await sql<{ active: number; sent: number }>`
      select (select count(*)::int from claims c join bench_windows b using (id) where c.status = 'ACTIVE') as active,
             (select count(*)::int from outbound_emails e join bench_windows b on b.id = e.claim_id where e.state = 'SENT') as sent`.execute(db)
  ).rows[0]!;
  let rows = await settled();
  for (let i = 0; i < 50 && rows.sent < expected; i++) rows = await new Promise((r) => setTimeout(r, 200)).then(settled);
  await worker.stop();
  await smtp.close();
  if (rows.active !== count || rows.sent !== expected) throw new Error(`consent-windows bench: ${rows.active}/${count} claims ACTIVE and ${rows.sent}/${expected} messages SENT in the database`);
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
