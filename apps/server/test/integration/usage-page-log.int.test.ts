import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { startSmtpSink } from '../helpers/smtp-sink';
import type { TestApp, TestClient } from '../helpers/test-app';
import { accessEntries, activateThroughCustomer, importMonths, startUsageScenario } from '../helpers/usage-fixtures';

// The usage page reads and logs in one statement, walking the partner's association keys: pages
// across keys, the entry naming each page's rows, and no answer when the entry cannot be written.
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let reviewer: TestClient;
let programAdmin: TestClient;
let contoso: string;
let months: string[];
let associationId: string;
beforeAll(async () => {
  ({ smtp, t, northwind, reviewer, programAdmin, contoso, months, associationId } = await startUsageScenario('Usage paging'));
  // A second workload of the same tenant, associated from the fifth month too: two keys to page over.
  await importMonths(t, programAdmin, { tenantId: contoso, productCode: 'EXCHANGE_ONLINE' });
  await activateThroughCustomer(t, smtp, { admin: northwind, reviewer, tenantId: contoso, overrides: { name: 'Usage paging Exchange', lines: [{ productCode: 'EXCHANGE_ONLINE' }] } });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const keyOf = (r: any) => `${r.tenantId}|${r.productCode}|${r.month}`;

describe('usage pages read and logged in one statement', () => {
  it('pages across association keys in key order, each page one entry with exactly its rows', async () => {
    const all = await northwind.request('GET', '/api/v1/usage?limit=100');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(16);
    expect([...new Set(all.body.items.map((r: any) => r.productCode))]).toEqual(['EXCHANGE_ONLINE', 'MICROSOFT_TEAMS']);
    expect(all.body.items.every((r: any) => r.month >= months[4]!)).toBe(true);
    const sorted = [...all.body.items].sort((a: any, b: any) => (a.tenantId + a.productCode + a.month < b.tenantId + b.productCode + b.month ? -1 : 1));
    expect(all.body.items.map(keyOf)).toEqual(sorted.map(keyOf));
    expect(all.body.items[0].tenantName).toBeTruthy();

    const walked: any[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      t.clock.advance(1000); // each entry its own instant, so the newest is this page's
      const before = await accessEntries(t);
      const res: { status: number; text: string; body: any } = await northwind.request('GET', `/api/v1/usage?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status, res.text).toBe(200);
      expect(await accessEntries(t)).toBe(before + 1);
      const latest = await t.db.selectFrom('usage_access_log').select('id').orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      const entry = await t.db
        .selectFrom('usage_access_keys as k')
        .select(['k.tenant_id', 'k.product_code', sql<string[]>`array(select to_char(m, 'YYYY-MM') from unnest(k.months) m order by m)`.as('months')])
        .where('k.access_id', '=', latest.id)
        .execute();
      // The entry names exactly the rows of this page (not the one fetched to see whether more follow).
      expect(entry.flatMap((k) => k.months.map((m) => `${k.tenant_id}|${k.product_code}|${m}`)).sort()).toEqual(res.body.items.map(keyOf).sort());
      walked.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(6);
    expect(walked.map(keyOf)).toEqual(all.body.items.map(keyOf));
  });

  it('refuses a read whose access entry cannot be written, and neither answers nor logs any of it', async () => {
    const before = await accessEntries(t);
    await sql`create function test_refuse_usage_log() returns trigger language plpgsql as $$ begin raise exception 'log unavailable'; end $$`.execute(t.db);
    await sql`create trigger test_refuse_usage_log before insert on usage_access_keys for each row execute function test_refuse_usage_log()`.execute(t.db);
    try {
      const page = await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}`);
      const own = await northwind.request('GET', `/api/v1/associations/${associationId}/usage`);
      for (const res of [page, own]) {
        expect(res.status).toBeGreaterThanOrEqual(500);
        expect(res.text).not.toContain(contoso);
        expect(res.text).not.toContain('licensedSeats');
      }
      expect(await accessEntries(t)).toBe(before);
    } finally {
      await sql`drop trigger test_refuse_usage_log on usage_access_keys`.execute(t.db);
      await sql`drop function test_refuse_usage_log()`.execute(t.db);
    }
    const again = await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}`);
    expect(again.status).toBe(200);
    expect(await accessEntries(t)).toBe(before + 1);
  });
});
