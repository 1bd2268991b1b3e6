// Run by bench/run.ts in a child process of its own, so its peak RSS is the import's alone:
// writes a usage CSV of BENCH_IMPORT_ROWS rows, COPYs it raw into a bare table (the ceiling), then
// imports the same file through the real engine (chunks, parse, COPY, checks, merge). Prints JSON.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { createDb } from '../apps/server/src/db/client';
import { systemClock } from '../apps/server/src/lib/clock';
import { receiveImport } from '../apps/server/src/modules/imports/receive-import';
import { runImport } from '../apps/server/src/modules/imports/run-import';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const PRODUCTS = ['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'ONEDRIVE', 'INTUNE', 'ENTRA_ID_P1', 'MICROSOFT_DEFENDER', 'MICROSOFT_PURVIEW', 'WINDOWS_365', 'MICROSOFT_365_APPS'];
const MONTHS = 10;

async function main() {
  const url = process.env.BENCH_IMPORT_DATABASE_URL!;
  const { db, pool } = createDb(url, 4);
  const tenants = Math.ceil(ROWS / (PRODUCTS.length * MONTHS));
  await sql`insert into customer_tenants (tenant_id, name, country, time_zone)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Bench tenant ' || i, 'NL', 'Europe/Amsterdam' from generate_series(1, ${tenants}::int) i
    on conflict do nothing`.execute(db);
  const file = path.join(os.tmpdir(), `associa-bench-usage-${process.pid}.csv`);
  const out = createWriteStream(file);
  out.write('tenant_id,product_code,month,licensed_seats,active_users\n');
  let written = 0;
  for (let t = 1; t <= tenants && written < ROWS; t++) {
    const tenant = `00000000-0000-4000-8000-${t.toString(16).padStart(12, '0')}`;
    let chunk = '';
    for (const p of PRODUCTS) for (let m = 1; m <= MONTHS && written < ROWS; m++, written++) chunk += `${tenant},${p},2026-${String(m).padStart(2, '0')},${100 + (t % 50)},${50 + ((t + m) % 50)}\n`;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const bytes = (await stat(file)).size;

  const client = await pool.connect();
  let t0 = performance.now();
  await client.query('create table bench_usage_raw (tenant_id text, product_code text, month text, licensed_seats text, active_users text)');
  await pipeline(createReadStream(file), client.query(copyFrom('copy bench_usage_raw from stdin with (format csv, header true)')));
  const rawS = (performance.now() - t0) / 1000;
  client.release();

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t0 = performance.now();
  const { id } = await receiveImport({ db, clock: systemClock, by: { userId: null, name: 'bench' }, input: { kind: 'usage', format: 'CSV', dryRun: false, fileName: 'bench.csv' }, body: createReadStream(file), enqueue: false });
  const receivedS = (performance.now() - t0) / 1000;
  const worker = await pool.connect();
  const outcome = await runImport({ db, clock: systemClock, client: worker, importId: id });
  worker.release();
  const importS = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const again = await pool.connect();
  const second = await receiveImport({ db, clock: systemClock, by: { userId: null, name: 'bench' }, input: { kind: 'usage', format: 'CSV', dryRun: false }, body: createReadStream(file), enqueue: false });
  t0 = performance.now();
  const rerun = await runImport({ db, clock: systemClock, client: again, importId: second.id });
  const rerunS = (performance.now() - t0) / 1000;
  again.release();
  await rm(file, { force: true });
  await db.destroy();
  console.log(JSON.stringify({ rows: written, bytes, rawS, receivedS, importS, outcome, rerunS, rerun, peakRssMb: Math.round(peak / 1024 / 1024), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
