import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app';
import { accessEntries, startUsageScenario } from '../helpers/usage-fixtures';

let s: Awaited<ReturnType<typeof startUsageScenario>>;
let t: TestApp;
let months: string[];
let northwindOrg: string;
let fabrikamOrg: string;
beforeAll(async () => {
  s = await startUsageScenario('Dashboard Teams');
  ({ t, months } = s);
  const org = async (name: string) => (await t.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  northwindOrg = await org('Northwind Traders');
  fabrikamOrg = await org('Fabrikam Consulting');
});
afterAll(async () => {
  await t.close();
  await s.smtp.close();
});

const dashboard = (client: TestClient, extra = '', period = `from=${months[0]}&to=${months[11]}`) => client.request('GET', `/api/v1/admin/usage-dashboard?${period}${extra}`);

describe('usage dashboard', () => {
  it('counts active associations by program and partner, sums active users under association by month, and gives the growth since each start', async () => {
    const res = await dashboard(s.programAdmin);
    expect(res.status, res.text).toBe(200);
    expect(res.body.associations).toEqual([{ program: 'OSU_M365', organisation: { id: northwindOrg, name: 'Northwind Traders' }, active: 1 }]);
    // Before the association's start month nothing is under association.
    expect(res.body.activeUsersByMonth).toEqual(months.map((month, i) => ({ month, activeUsers: i < 4 ? 0 : 10 + i })));
    expect(res.body.growth).toEqual([
      expect.objectContaining({
        associationId: s.associationId,
        organisation: { id: northwindOrg, name: 'Northwind Traders' },
        program: 'OSU_M365',
        tenantId: s.contoso,
        productCode: 'MICROSOFT_TEAMS',
        subscriptionId: null,
        startMonth: months[4],
        startActiveUsers: 14,
        latestMonth: months[11],
        latestActiveUsers: 21,
        change: 7,
        changePercent: 50,
      }),
    ]);
    // The period's last month is the latest one; reviewers see the same dashboard.
    const shorter = await dashboard(s.reviewer, '', `from=${months[0]}&to=${months[7]}`);
    expect(shorter.body.activeUsersByMonth).toHaveLength(8);
    expect(shorter.body.growth[0]).toMatchObject({ latestMonth: months[7], latestActiveUsers: 17, change: 3, changePercent: 21.4 });
  });

  it('narrows to one program or one partner', async () => {
    const other = await dashboard(s.programAdmin, `&organisationId=${fabrikamOrg}`);
    expect(other.body.associations).toEqual([]);
    expect(other.body.growth).toEqual([]);
    expect(other.body.activeUsersByMonth.every((m: any) => m.activeUsers === 0)).toBe(true);
    const own = await dashboard(s.programAdmin, `&organisationId=${northwindOrg}&program=OSU_M365`);
    expect(own.body.activeUsersByMonth.map((m: any) => m.activeUsers)).toEqual(months.map((_, i) => (i < 4 ? 0 : 10 + i)));
    const bizApps = await dashboard(s.programAdmin, '&program=OSU_BIZAPPS');
    expect(bizApps.body.associations).toEqual([]);
    expect(bizApps.body.activeUsersByMonth.every((m: any) => m.activeUsers === 0)).toBe(true);
  });

  it('is for vendor staff only, and checks the period', async () => {
    expect((await dashboard(s.northwind)).status).toBe(403);
    expect((await dashboard(t.anonymous)).status).toBe(401);
    expect((await dashboard(s.programAdmin, '', `from=${months[5]}&to=${months[4]}`)).status).toBe(400);
    expect((await dashboard(s.programAdmin, '', `from=${months[0]}`)).status).toBe(400);
  });

  it('exports the growth as CSV, and logs each read once with the keys and months its figures came from', async () => {
    const before = await accessEntries(t);
    t.clock.advance(1000);
    const csv = await dashboard(s.programAdmin, '&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('partner,program,tenantId,tenantName,productCode,subscriptionId,startedAt,startMonth,startActiveUsers,latestMonth,latestActiveUsers,change,changePercent,associationId');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`Northwind Traders,OSU_M365,${s.contoso},`);
    expect(lines[1]).toContain(`${months[4]},14,${months[11]},21,7,50,${s.associationId}`);
    expect(await accessEntries(t)).toBe(before + 1);
    const log = await s.programAdmin.request('GET', `/api/v1/usage/access-log?tenantId=${s.contoso}&limit=1`);
    expect(log.body.items[0]).toMatchObject({ kind: 'EXPORT', organisation: { name: 'Vendor Partner Programs' }, keys: [{ tenantId: s.contoso, productCode: 'MICROSOFT_TEAMS', subscriptionId: null, months: [months[4], months[11]] }] });
  });

  it("gives partners the same growth for their own associations only, logged like any usage read", async () => {
    const before = await accessEntries(t);
    const mine = await s.northwind.request('GET', '/api/v1/usage/growth');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ associationId: s.associationId, startActiveUsers: 14, latestActiveUsers: 21, change: 7 })]);
    expect(await accessEntries(t)).toBe(before + 1);
    // Another partner sees nothing, and an empty read leaves no entry.
    expect((await s.fabrikam.request('GET', '/api/v1/usage/growth')).body).toEqual({ items: [] });
    expect(await accessEntries(t)).toBe(before + 1);
    const within = await s.northwind.request('GET', `/api/v1/usage/growth?to=${months[5]}`);
    expect(within.body.items[0]).toMatchObject({ latestMonth: months[5], latestActiveUsers: 15, change: 1 });
  });

  it('counts a month once when both a tenant-wide row and its subscriptions\' rows exist', async () => {
    // Subscription rows beside the tenant-wide ones in the start and latest months: their users are
    // already in the tenant's figure, so neither the growth nor the monthly totals change.
    const extra = (month: string) => ({ tenant_id: s.contoso, product_code: 'MICROSOFT_TEAMS', subscription_id: '5ab5c0de-0000-4000-8000-000000000001', month: `${month}-01`, licensed_seats: 50, active_users: 9 });
    await t.db.insertInto('usage_records').values([extra(months[4]!), extra(months[11]!)]).execute();
    const res = await dashboard(s.programAdmin);
    expect(res.body.activeUsersByMonth).toEqual(months.map((month, i) => ({ month, activeUsers: i < 4 ? 0 : 10 + i })));
    expect(res.body.growth[0]).toMatchObject({ startActiveUsers: 14, latestActiveUsers: 21, change: 7 });
    expect((await s.northwind.request('GET', '/api/v1/usage/growth')).body.items[0]).toMatchObject({ startActiveUsers: 14, latestActiveUsers: 21 });
    // Without the tenant-wide row, the subscriptions' rows are the month's figure.
    await t.db.deleteFrom('usage_records').where('tenant_id', '=', s.contoso).where('month', '=', `${months[11]}-01`).where('subscription_id', 'is', null).execute();
    const after = await dashboard(s.programAdmin);
    expect(after.body.activeUsersByMonth[11]).toEqual({ month: months[11], activeUsers: 9 });
    expect(after.body.growth[0]).toMatchObject({ startActiveUsers: 14, latestActiveUsers: 9, change: -5 });
  });

  it('leaves an ended association out at once', async () => {
    expect((await s.northwind.request('POST', `/api/v1/associations/${s.associationId}/end`, { message: 'Done.' })).status).toBe(200);
    const res = await dashboard(s.programAdmin);
    expect(res.body.associations).toEqual([]);
    expect(res.body.growth).toEqual([]);
    expect(res.body.activeUsersByMonth.every((m: any) => m.activeUsers === 0)).toBe(true);
    expect((await s.northwind.request('GET', '/api/v1/usage/growth')).body).toEqual({ items: [] });
  });
});
