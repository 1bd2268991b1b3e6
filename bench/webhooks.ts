// Measures webhook delivery: `count` claim status changes -> signed deliveries to a local receiver
// (deliveries per second, and p50/p95 from the status change to the receiver having the message).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type pg from 'pg';
import { loadConfig } from '../apps/server/src/config/config';
import type { Db } from '../apps/server/src/db/client';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';
import { transitionClaim } from '../apps/server/src/modules/claims/transition-claim';
import { generateWebhookSecret } from '../apps/server/src/modules/webhooks/webhook-secret';
import { startWorker } from '../apps/server/src/worker';
import { seedConsentWindows, seedPartners } from '../apps/server/test/helpers/seed-consent-windows';

/** A receiver that answers 204 at once and notes when each message arrived (by its event timestamp). */
async function startReceiver() {
  const latencies: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { timestamp: string };
      latencies.push(Date.now() - new Date(event.timestamp).getTime());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    latencies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Seeds `count` claims waiting for consent and one partner endpoint, starts the real worker, then
 * withdraws the claims through `transitionClaim` in batches (each change's event and delivery are
 * written by the trigger in its transaction) and waits until the receiver has every message.
 */
export async function measureWebhooks({ db, pool, databaseUrl, count, batch = 100, concurrency = 10, timeoutMs = 600_000 }: { db: Db; pool: pg.Pool; databaseUrl: string; count: number; batch?: number; concurrency?: number; timeoutMs?: number }) {
  const receiver = await startReceiver();
  const [partner] = await seedPartners(db, { count: 1, prefix: 'Bench hooks' });
  const windows = await seedConsentWindows(db, { partners: [partner!], count, closesAt: new Date(Date.now() + 7 * 86_400_000), prefix: 'BenchH' });
  const now = new Date();
  const endpoint = await db
    .insertInto('webhook_endpoints')
    .values({ organisation_id: partner!.organisationId, vendor_wide: false, url: receiver.url, event_types: ['claim.status_changed'], secret: generateWebhookSecret(), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', WORKER_CONCURRENCY: String(concurrency), PUBLIC_URL: 'https://associa.bench', ASSOCIA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
  const worker = await startWorker({ pool, db, config, clock: systemClock, logger: createLogger('silent') });
  const started = performance.now();
  try {
    for (let i = 0; i < windows.length; i += batch) {
      await db.transaction().execute(async (trx) => {
        for (const w of windows.slice(i, i + batch)) {
          await transitionClaim(trx, { claimId: w.claimId, from: 'CUSTOMER_CONSENT', to: 'WITHDRAWN', by: { type: 'SYSTEM' }, at: new Date(), message: 'Bench' });
        }
      });
    }
    const changedS = (performance.now() - started) / 1000;
    while (receiver.latencies.length < count) {
      if (performance.now() - started > timeoutMs) {
        const left = await sql<{ status: string; n: number }>`select status, count(*)::int as n from webhook_deliveries where endpoint_id = ${endpoint.id} group by 1`.execute(db);
        throw new Error(`webhooks bench: ${receiver.latencies.length}/${count} received after ${timeoutMs / 1000}s (${JSON.stringify(left.rows)})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const totalS = (performance.now() - started) / 1000;
    const sorted = [...receiver.latencies].sort((a, b) => a - b);
    return { count, changedS, totalS, deliveriesPerSecond: Math.round(count / totalS), p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), concurrency };
  } finally {
    await worker.stop();
    await receiver.close();
  }
}
