// `npm run bench`: the real app in a child process of its own (bench/server-process.ts) on a bench
// database, driven from this process by autocannon, beside ceiling routes (bare Fastify + pg, each
// in its own child) measured in the same run. Data-size-dependent rows at each BENCH_SCALE.
// Figures: one table per scale on stdout, and all of them in bench/results/latest.json.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../apps/server/src/config/config';
import { createDb } from '../apps/server/src/db/client';
import { makeTempDataDir, startEmbeddedPostgres } from '../apps/server/src/db/embedded-postgres';
import { dropDatabase, ensureDatabase } from '../apps/server/src/db/ensure-database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { seedDemoData } from '../apps/server/src/modules/demo/seed-demo-data';
import { measureConsentClosings } from './consent-windows';
import { explainRows, printExplained } from './explain';
import { describeImport, measureImport } from './import-runner';
import { describeMemory, measureProductMemory } from './memory';
import { type LoadResult, printTable, runLoad } from './load';
import { listRows, login, measureCeilings, measureFixedRows, measureListRows, measureUsage, type Session, usageRows } from './sections';
import { seedBenchTenants, seedScaleClaims, seedSubmittableDrafts } from './seed-claims';
import { startServerChild } from './server-process';
import { seedUsage } from './seed-usage';
import { measureSweep } from './sweep';
import { measureWebhooks } from './webhooks';

const env = process.env;
const parseCount = (s: string) => Math.round(Number.parseFloat(s) * ({ k: 1e3, m: 1e6 }[s.trim().slice(-1).toLowerCase()] ?? 1));
const SETTINGS = {
  seconds: Number(env.BENCH_SECONDS ?? 5),
  connections: Number(env.BENCH_CONCURRENCY ?? 20),
  scales: (env.BENCH_SCALE ?? '10k,100k,1M').split(',').filter(Boolean).map(parseCount).sort((a, b) => a - b),
  tenants: parseCount(env.BENCH_TENANTS ?? '100k'),
  usageTenants: parseCount(env.BENCH_USAGE_TENANTS ?? '100k'),
  submits: Number(env.BENCH_SUBMITS ?? 2000),
  due: Number(env.BENCH_DUE ?? 10_000),
  windows: Number(env.BENCH_WINDOWS ?? 10_000),
  webhookChanges: Number(env.BENCH_WEBHOOK_CHANGES ?? 10_000),
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((s) => s.trim()) : ['reads', 'submit', 'usage', 'memory', 'imports', 'sweep', 'consent', 'webhooks'],
};
const on = (section: string) => SETTINGS.only.includes(section);
const PASSWORD = 'associa-demo';
const PARTNER = 'partner.admin@northwind.example';
const REVIEWER = 'reviewer@vendor.example';
const USAGE_PARTNER = 'partner.admin@fabrikam.example';
const seconds = (t0: number) => Number(((performance.now() - t0) / 1000).toFixed(1));

async function main() {
  const cpus = os.cpus();
  const machine = { cores: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
  console.log(`Associa bench on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}.`);
  console.log(`Settings: ${JSON.stringify(SETTINGS)}`);
  console.log('The server under test and each ceiling run in child processes of their own; autocannon drives them from this process.');
  const out: Record<string, unknown> = { at: new Date().toISOString(), machine, settings: SETTINGS, scales: [] as unknown[] };

  let stopCluster = async () => undefined as unknown;
  let adminUrl = env.BENCH_DATABASE_URL;
  const dir = adminUrl ? null : await makeTempDataDir('associa-bench-');
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: dir! });
    adminUrl = cluster.connectionString('postgres');
    stopCluster = cluster.stop;
  }
  const dbName = `associa_bench_${Date.now()}`;
  await ensureDatabase(adminUrl, dbName);
  const url = adminUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const { db, pool } = createDb(url, 10);
  try {
    await migrateToLatest({ db, pool });
    await seedDemoData({ db, password: PASSWORD });
    await sql`create table bench_rows (id bigserial primary key, payload text not null, created_at timestamptz not null default now())`.execute(db);
    const needsServer = on('reads') || on('submit') || on('usage');
    if (needsServer) {
      const t0 = performance.now();
      await seedBenchTenants(db, Math.max(SETTINGS.tenants, on('usage') ? SETTINGS.usageTenants : 0));
      console.log(`Seeded ${Math.max(SETTINGS.tenants, SETTINGS.usageTenants).toLocaleString('en')} bench tenants in ${seconds(t0)}s.`);
    }
    const server = needsServer ? await startServerChild(url) : null;
    const opts = { connections: SETTINGS.connections, seconds: SETTINGS.seconds };
    if (server) {
      const base = server.url;
      const sessions: Record<string, Session> = { [PARTNER]: await login(base, PARTNER, PASSWORD), [REVIEWER]: await login(base, REVIEWER, PASSWORD), [USAGE_PARTNER]: await login(base, USAGE_PARTNER, PASSWORD) };
      const org = (email: string) => sql<{ id: string; organisation_id: string }>`select id, organisation_id from users where email = ${email}`.execute(db).then((r) => r.rows[0]!);
      const partnerOrg = (await org(PARTNER)).organisation_id;
      // Warm the server's code paths (JIT, pools) before the first timed row.
      for (const p of ['/api/v1/me', '/api/v1/claims', '/api/v1/locations']) await runLoad('warm-up', { url: base + p, headers: sessions[PARTNER]!.headers }, { ...opts, seconds: 1 });

      let seeded = 0;
      const scales = on('reads') || on('submit') ? SETTINGS.scales : [];
      for (const [n, scale] of scales.entries()) {
        let t0 = performance.now();
        await seedScaleClaims(db, { organisationEmail: PARTNER, from: seeded, to: scale, tenants: SETTINGS.tenants });
        seeded = scale;
        // Settle what a bulk load leaves to autovacuum (visibility map, statistics), so its one-off
        // vacuum of the new rows doesn't run during, and steal CPU from, the rows measured next.
        await sql`vacuum (analyze) claims, claim_lines`.execute(db);
        const seedS = seconds(t0);
        const drafts = n === 0 && on('submit') ? await seedSubmittableDrafts(db, { organisationEmail: PARTNER, count: SETTINGS.submits }) : [];
        const total = (await sql<{ n: number }>`select count(*)::int as n from claims`.execute(db)).rows[0]!.n;
        console.log(`\n== Scale ${scale.toLocaleString('en')} claims of one partner (${total.toLocaleString('en')} in the database), seeded in ${seedS}s ==`);
        t0 = performance.now();
        const ceilings = await measureCeilings(url, partnerOrg, opts);
        const rows: LoadResult[] = [ceilings.insert, ceilings.select];
        if (n === 0) rows.push(...(await measureFixedRows(base, sessions[PARTNER]!, ceilings, opts, { reads: on('reads'), drafts })));
        if (on('reads')) rows.push(...(await measureListRows(base, sessions, ceilings.select, listRows(PARTNER, REVIEWER), opts)));
        const rss = server.rssMb();
        printTable(`Scale ${scale.toLocaleString('en')} claims (server child RSS now ${rss.current} MB, peak ${rss.peak} MB)`, rows);
        const result: Record<string, unknown> = { claims: scale, claimsInDatabase: total, seedSeconds: seedS, rows, serverRssMb: rss };
        if (drafts.length) {
          const submitted = await db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', drafts).where('status', '=', 'UNDER_REVIEW').executeTakeFirstOrThrow();
          console.log(`Submitted drafts now UNDER_REVIEW: ${submitted.n} of ${drafts.length}.`);
          result.submittedUnderReview = submitted.n;
        }
        (out.scales as unknown[]).push(result);
      }
      if (on('reads') && scales.length) {
        console.log(`\nEXPLAIN ANALYZE of each list query at ${seeded.toLocaleString('en')} claims (the use case's own SQL; !! flags a Seq Scan on a big table):`);
        const explained = await explainRows(url, listRows(PARTNER, REVIEWER));
        printExplained(explained);
        out.explain = explained;
      }

      if (on('usage')) {
        const t0 = performance.now();
        const seed = await seedUsage(db, { organisationEmail: USAGE_PARTNER, tenants: SETTINGS.usageTenants });
        await sql`vacuum (analyze) usage_records, associations, claims, claim_lines`.execute(db);
        const seedS = seconds(t0);
        const usageUser = await org(USAGE_PARTNER);
        console.log(`\n== Usage: one partner, ${seed.tenants.toLocaleString('en')} tenants x 10 workloads x 12 months = ${seed.records.toLocaleString('en')} usage rows, ${seed.associations.toLocaleString('en')} active associations, seeded in ${seedS}s ==`);
        await runLoad('warm-up', { url: `${base}/api/v1/usage`, headers: sessions[USAGE_PARTNER]!.headers }, { ...opts, seconds: 1 });
        const ceilings = await measureCeilings(url, partnerOrg, opts);
        const usage = await measureUsage(db, url, base, sessions[USAGE_PARTNER]!, usageUser.id, seed, ceilings.select, opts);
        const rss = server.rssMb();
        printTable(`Usage reads (goal p95 < 20 ms at ${opts.connections} clients; server child RSS now ${rss.current} MB, peak ${rss.peak} MB)`, [ceilings.select, ...usage.rows]);
        console.log(
          `Access log per read: ${usage.logCost.p50Ms.toFixed(2)} ms p50 / ${usage.logCost.p95Ms.toFixed(2)} ms p95 and ${(usage.logCost.throughputLoss * 100).toFixed(0)}% of the bare read's throughput (bare read with log vs without).`,
        );
        console.log(`The app's usage first page vs the bare read without log: +${usage.appOverBare.p50Ms.toFixed(2)} ms p50, +${usage.appOverBare.p95Ms.toFixed(2)} ms p95, ${(usage.appOverBare.ratio * 100).toFixed(0)}% of its req/s.`);
        console.log('EXPLAIN ANALYZE of the usage reads:');
        const explained = await explainRows(url, usageRows(seed, USAGE_PARTNER));
        printExplained(explained);
        out.usage = { seedSeconds: seedS, ...seed, associationIds: undefined, ceiling: ceilings, ...usage, explain: explained };
      }
      const rss = server.rssMb();
      await server.stop();
      console.log(`\nPeak RSS of the server child under the bench's load (VmHWM): ${rss.peak} MB.`);
      out.serverPeakRssMb = rss.peak;
    }
    if (on('memory')) {
      // The product's one process (API + worker, as `npm start` runs it) on the same data; goal < 300 MB.
      const m = await measureProductMemory({ databaseUrl: url, seconds: Math.max(20, SETTINGS.seconds), connections: SETTINGS.connections });
      printTable('The product process (npm start: API + worker) under load', m.rows);
      console.log(describeMemory(m));
      out.productMemory = m;
    }

    if (on('imports')) {
      const r = await measureImport(url);
      console.log(`\n${describeImport(r)}`);
      out.imports = r;
    }
    if (on('sweep')) {
      const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent' });
      const sweep = await measureSweep({ db, pool, config, count: SETTINGS.due });
      console.log(
        `\nDeadline sweep: ${sweep.count} information requests past due at once -> all REJECTED (NO_PARTNER_RESPONSE) with ${sweep.emails} e-mails to the outbox in ${sweep.seconds.toFixed(1)}s: ${(sweep.count / sweep.seconds).toFixed(0)} claims/s (${sweep.sweeps} sweeps, worker concurrency ${sweep.concurrency}).`,
      );
      out.sweep = sweep;
    }
    if (on('consent')) {
      const c = await measureConsentClosings({ db, pool, databaseUrl: url, count: SETTINGS.windows });
      console.log(
        `\nConsent windows: ${c.count} closing at the same instant -> all ACTIVE in ${c.allActiveS.toFixed(1)}s (${(c.count / c.allActiveS).toFixed(0)} claims/s); every customer's activation e-mail handed to SMTP in ${c.customerSentS.toFixed(1)}s; all ${c.emails} e-mails handed to SMTP in ${c.allSentS.toFixed(1)}s (${(c.emails / c.allSentS).toFixed(0)} messages/s; the SMTP server counted ${c.received}; worker concurrency ${c.concurrency}).`,
      );
      out.consent = c;
    }
    if (on('webhooks')) {
      const w = await measureWebhooks({ db, pool, databaseUrl: url, count: SETTINGS.webhookChanges });
      console.log(
        `\nWebhooks: ${w.count} status changes -> ${w.count} signed deliveries to a local receiver in ${w.totalS.toFixed(1)}s (${w.deliveriesPerSecond}/s; change to delivery p50 ${w.p50Ms.toFixed(0)} ms, p95 ${w.p95Ms.toFixed(0)} ms; worker concurrency ${w.concurrency}).`,
      );
      out.webhooks = w;
    }
    const file = path.join(import.meta.dirname, 'results', 'latest.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nEvery figure: ${path.relative(process.cwd(), file)}`);
  } finally {
    await db.destroy();
    // On a server of the caller's (BENCH_DATABASE_URL) the throwaway database goes too, unless BENCH_KEEP_DB asks to inspect it.
    if (env.BENCH_DATABASE_URL && !env.BENCH_KEEP_DB) await dropDatabase(adminUrl, dbName);
    await stopCluster();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
