// `npm run bench`: the real app on its own database, measured from the same process.
// The first row is the ceiling later work is compared against: a bare route doing one INSERT.
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { loadConfig } from '../apps/server/src/config/config';
import { createDb } from '../apps/server/src/db/client';
import { makeTempDataDir, startEmbeddedPostgres } from '../apps/server/src/db/embedded-postgres';
import { ensureDatabase } from '../apps/server/src/db/ensure-database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { buildApp } from '../apps/server/src/http/app';
import { systemClock } from '../apps/server/src/lib/clock';
import { deterministicUuid } from '../apps/server/src/lib/deterministic-uuid';
import { createLogger } from '../apps/server/src/lib/logger';
import { seedDemoData } from '../apps/server/src/modules/demo/seed-demo-data';
import { type LoadResult, printTable, runLoad } from './load';
import { seedListClaims, seedSubmittableDrafts } from './seed-claims';
import { seedOpenClaims } from './seed-review';
import { measureConsentClosings } from './consent-windows';
import { measureSweep } from './sweep';
import { describeImport, measureImport } from './import-runner';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const LIST_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 2000);
const OPEN_CLAIMS = Number(process.env.BENCH_OPEN_CLAIMS ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 10_000);
const ADMIN = 'partner.admin@northwind.example';

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
  if (process.env.BENCH_ONLY === 'imports') {
    console.log(describeImport(await measureImport(url)));
    await db.destroy();
    await stopCluster();
    if (dir) await rm(dir, { recursive: true, force: true });
    return;
  }
  await sql`create table bench_rows (id bigserial primary key, payload text not null, created_at timestamptz not null default now())`.execute(db);
  let t0 = performance.now();
  await seedListClaims(db, { organisationEmail: ADMIN, count: LIST_CLAIMS });
  const seedListS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const drafts = await seedSubmittableDrafts(db, { organisationEmail: ADMIN, count: SUBMITS });
  const seedDraftsS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await seedOpenClaims(db, { organisationEmail: 'partner.admin@fabrikam.example', count: OPEN_CLAIMS });
  const seedOpenS = (performance.now() - t0) / 1000;

  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent' });
  const app = await buildApp({ db, config, clock: systemClock, logger: createLogger('silent') });
  app.post('/bench/insert', async () => {
    const row = await sql<{ id: string }>`insert into bench_rows (payload) values (${'x'}) returning id`.execute(db);
    return { id: row.rows[0]!.id };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN, password: 'associa-demo' }) });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const session = { cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': csrf };
  const json = { ...session, 'content-type': 'application/json' };
  const get = (path: string) => () => fetch(base + path, { headers: session }).then(async (r) => (await r.arrayBuffer(), r.status));
  const contoso = deterministicUuid('tenant:contoso.nl');
  const validBody = JSON.stringify({
    name: 'Bench validate',
    locationId: deterministicUuid('location:4412001'),
    customer: { domain: 'contoso.nl', tenantId: contoso },
    solutionArea: 'BUSINESS_APPLICATIONS',
    activities: ['USAGE'],
    lines: [{ productCode: 'POWER_BI_PRO' }, { productCode: 'DYNAMICS_365_SALES' }],
    customerContact: { name: 'C', title: 'T', email: 'c@contoso.nl' },
    customerTechnicalContact: { name: 'T', title: 'A', email: 't@contoso.nl' },
    partnerContact: { name: 'N', email: 'n@northwind.example' },
  });

  console.log(`Associa bench: ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000}s per timed row; server and load share one process on this machine.`);
  console.log(`Seeded ${LIST_CLAIMS} claims in ${seedListS.toFixed(1)}s, ${SUBMITS} submittable drafts in ${seedDraftsS.toFixed(1)}s, ${OPEN_CLAIMS} open claims for the review queue in ${seedOpenS.toFixed(1)}s.\n`);
  const opts = { concurrency: CONCURRENCY, durationMs: DURATION_MS };
  const rows: LoadResult[] = [];
  rows.push(await runLoad('ceiling: POST bare INSERT ... RETURNING', () => fetch(`${base}/bench/insert`, { method: 'POST' }).then(async (r) => (await r.arrayBuffer(), r.status)), opts));
  rows.push(await runLoad('GET /api/v1/locations (session)', get('/api/v1/locations'), opts));
  rows.push(await runLoad('POST /api/v1/claims/validate (every check, 2 lines)', () => fetch(`${base}/api/v1/claims/validate`, { method: 'POST', headers: json, body: validBody }).then(async (r) => (await r.arrayBuffer(), r.status)), opts));
  rows.push(
    await runLoad(`POST /api/v1/claims/{id}/submit (${SUBMITS} drafts, each once)`, (i) => fetch(`${base}/api/v1/claims/${drafts[i]}/submit`, { method: 'POST', headers: session }).then(async (r) => (await r.arrayBuffer(), r.status)), {
      concurrency: CONCURRENCY,
      durationMs: 120_000,
      total: drafts.length,
    }),
  );
  rows.push(await runLoad(`GET /api/v1/claims first page (${LIST_CLAIMS} claims)`, get('/api/v1/claims?limit=25'), opts));
  rows.push(await runLoad('GET /api/v1/claims?q=woodgrove&status=UNDER_REVIEW,ACTIVE', get('/api/v1/claims?q=woodgrove&status=UNDER_REVIEW,ACTIVE&limit=25'), opts));
  rows.push(await runLoad('GET /api/v1/claims?program=OSU_M365&product=INTUNE&sort=name', get('/api/v1/claims?program=OSU_M365&product=INTUNE&sort=name&limit=25'), opts));
  rows.push(await runLoad('GET /api/v1/claims?q=claim 4242 (rare term)', get('/api/v1/claims?q=claim%204242%20&limit=25'), opts));
  const reviewerLogin = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@vendor.example', password: 'associa-demo' }) });
  const reviewer = { cookie: reviewerLogin.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
  const asReviewer = (path: string) => () => fetch(base + path, { headers: reviewer }).then(async (r) => (await r.arrayBuffer(), r.status));
  rows.push(await runLoad(`GET /api/v1/review/queue first page (${OPEN_CLAIMS} open claims)`, asReviewer('/api/v1/review/queue?limit=25'), opts));
  rows.push(await runLoad('GET /api/v1/review/queue?late=true&contested=true', asReviewer('/api/v1/review/queue?late=true&contested=true&limit=25'), opts));
  rows.push(await runLoad('GET /api/v1/review/queue?status=ACTION_REQUIRED&program=OSU_M365', asReviewer('/api/v1/review/queue?status=ACTION_REQUIRED&program=OSU_M365&limit=25'), opts));
  printTable(rows);

  const sweep = await measureSweep({ db, pool, config, count: DUE });
  console.log(
    `\nDeadline sweep: ${sweep.count} information requests past due at once -> all REJECTED (NO_PARTNER_RESPONSE) with ${sweep.emails} e-mails to the outbox in ${sweep.seconds.toFixed(1)}s: ${(sweep.count / sweep.seconds).toFixed(0)} claims/s (${sweep.sweeps} sweeps, worker concurrency ${sweep.concurrency}).`,
  );

  const closings = await measureConsentClosings({ db, pool, databaseUrl: url, count: WINDOWS });
  console.log(
    `\nConsent windows: ${closings.count} closing at the same instant -> all ACTIVE in ${closings.allActiveS.toFixed(1)}s (${(closings.count / closings.allActiveS).toFixed(0)} claims/s); all ${closings.emails} e-mails handed to SMTP in ${closings.allSentS.toFixed(1)}s (${(closings.emails / closings.allSentS).toFixed(0)} messages/s; the SMTP server counted ${closings.received}; worker concurrency ${closings.concurrency}).`,
  );

  console.log(`\n${describeImport(await measureImport(url))}`);

  const submitted = await db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', drafts).where('status', '=', 'UNDER_REVIEW').executeTakeFirstOrThrow();
  console.log(`\nSubmitted drafts now UNDER_REVIEW: ${submitted.n} of ${drafts.length}.`);
  await app.close();
  await db.destroy();
  await stopCluster();
  if (dir) await rm(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
