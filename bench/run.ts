// `npm run bench`: starts the real app on its own database and measures it with autocannon.
// The first row is the ceiling later work is compared against: a bare route doing one INSERT.
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { loadConfig } from '../apps/server/src/config/config';
import { createDb } from '../apps/server/src/db/client';
import { ensureDatabase, makeTempDataDir, startEmbeddedPostgres } from '../apps/server/src/db/embedded-postgres';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { buildApp } from '../apps/server/src/http/app';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';
import { seedDemoData } from '../apps/server/src/modules/demo/seed-demo-data';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

type Row = { name: string; rps: number; p50: number; p99: number; errors: number };

async function measure(name: string, opts: autocannon.Options): Promise<Row> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function main() {
  let stopCluster = async () => undefined as unknown;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  const dir = adminUrl ? null : await makeTempDataDir('associa-bench-');
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: dir! });
    adminUrl = cluster.connectionString('postgres');
    stopCluster = cluster.stop;
  }
  const dbName = `associa_bench_${Date.now()}`;
  await ensureDatabase(adminUrl, dbName);
  const url = adminUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const { db, pool } = createDb(url, 20);
  await migrateToLatest({ db, pool });
  await seedDemoData({ db, password: 'associa-demo' });
  await sql`create table bench_rows (id bigserial primary key, payload text not null, created_at timestamptz not null default now())`.execute(db);

  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent' });
  const app = await buildApp({ db, config, clock: systemClock, logger: createLogger('silent') });
  app.post('/bench/insert', async () => {
    const row = await sql<{ id: string }>`insert into bench_rows (payload) values (${'x'}) returning id`.execute(db);
    return { id: row.rows[0]!.id };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'partner.admin@northwind.example', password: 'associa-demo' }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  console.log(`Associa bench: ${CONNECTIONS} connections, ${DURATION_S}s per row, one process (server and load generator share 2 cores)\n`);
  const rows: Row[] = [];
  rows.push(await measure('POST bare INSERT ... RETURNING (ceiling)', { url: `${base}/bench/insert`, method: 'POST' }));
  rows.push(await measure('GET /api/v1/locations (session)', { url: `${base}/api/v1/locations`, headers: { cookie } }));
  rows.push(await measure('GET /api/v1/health', { url: `${base}/api/v1/health` }));

  console.log(`${'scenario'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)}`);
  }
  await app.close();
  await db.destroy();
  await stopCluster();
  if (dir) await rm(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
