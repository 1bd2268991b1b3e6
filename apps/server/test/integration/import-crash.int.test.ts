import type { ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../helpers/import-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { spawnWorkerProcess, until } from '../helpers/worker-process';

const TENANTS = 2500;
const PRODUCTS = ['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'ONEDRIVE', 'INTUNE', 'ENTRA_ID_P1', 'MICROSOFT_DEFENDER', 'MICROSOFT_PURVIEW', 'WINDOWS_365', 'MICROSOFT_365_APPS'];
const MONTHS = 12;
const ROWS = TENANTS * PRODUCTS.length * MONTHS;
let t: TestApp;
const children: ChildProcess[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await t.close();
});

function startWorkerProcess(): ChildProcess {
  const child = spawnWorkerProcess({ DATABASE_URL: t.config.databaseUrl, WORKER_STALE_SECONDS: '3' });
  children.push(child);
  return child;
}

describe('a worker killed in the middle of an import', () => {
  it('leaves the usage table as it was, and the import runs again to the end exactly once', async () => {
    await sql`insert into customer_tenants (tenant_id, name, country, time_zone)
      select ('00000000-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Crash tenant ' || i, 'NL', 'Europe/Amsterdam' from generate_series(1, ${TENANTS}::int) i`.execute(t.db);
    const lines = ['tenant_id,product_code,month,licensed_seats,active_users'];
    for (let i = 1; i <= TENANTS; i++) {
      const tenant = `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`;
      for (const p of PRODUCTS) for (let m = 1; m <= MONTHS; m++) lines.push(`${tenant},${p},2026-${String(m).padStart(2, '0')},100,${m}`);
    }
    const admin = await t.loginAs('program.admin@vendor.example');
    const id = await upload(admin, 'usage', `${lines.join('\n')}\n`);
    const record = () => t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const usageRows = async () => Number((await sql<{ n: string }>`select count(*) as n from usage_records where import_id = ${id}`.execute(t.db)).rows[0]!.n);

    const first = startWorkerProcess();
    // Killed while it writes the usage rows: the moment a half-done import would show.
    const merging = async () => (await sql`select 1 from pg_stat_activity where state = 'active' and query like 'insert into usage_records%'`.execute(t.db)).rows.length > 0;
    await until('the import to be merging', merging, 120_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await record();
    expect(atKill.status).toBe('RUNNING');
    expect(await usageRows()).toBe(0);

    startWorkerProcess();
    await until('the import to finish', async () => ['SUCCEEDED', 'FAILED'].includes((await record()).status), 180_000);
    expect(await record()).toMatchObject({ status: 'SUCCEEDED', rows_read: ROWS, inserted: ROWS, rejected: 0 });
    expect(await usageRows()).toBe(ROWS);
    expect(await t.db.selectFrom('import_chunks').select('seq').where('import_id', '=', id).execute()).toEqual([]);
    console.info(`import crash: killed while merging (${atKill.bytes_read} of ${atKill.total_bytes} bytes read); after restart ${ROWS} rows, once`);
  }, 420_000);
});
