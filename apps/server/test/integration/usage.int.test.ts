import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessAssociation, canReadUsage, type UsageReader } from '../../src/modules/usage/usage-access';
import { readableUsage } from '../../src/modules/usage/usage-access-sql';
import { LOCATIONS } from '../helpers/claim-fixtures';
import type { startSmtpSink } from '../helpers/smtp-sink';
import type { TestApp, TestClient } from '../helpers/test-app';
import { accessEntries, activateThroughCustomer, importMonths, monthFrom, startUsageScenario } from '../helpers/usage-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let northwindUser: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let programAdmin: TestClient;
let contoso: string;
let months: string[];
let associationId: string;
beforeAll(async () => {
  // Twelve months of Teams usage; the association starts in the fifth (the clock's month).
  ({ smtp, t, northwind, northwindUser, fabrikam, reviewer, programAdmin, contoso, months, associationId } = await startUsageScenario('Usage Teams'));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const teams = (client: TestClient, extra = '') => client.request('GET', `/api/v1/usage?tenantId=${contoso}&productCode=MICROSOFT_TEAMS${extra}`);

describe('usage data', () => {
  it('shows the partner its months from the association start month on, and the vendor all', async () => {
    const mine = await teams(northwind);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: any) => r.month)).toEqual(months.slice(4));
    expect(mine.body.items[0]).toMatchObject({ tenantId: contoso, productCode: 'MICROSOFT_TEAMS', subscriptionId: null, licensedSeats: 100, activeUsers: 14 });
    expect((await teams(northwindUser)).body.items).toHaveLength(8);
    expect((await teams(reviewer)).body.items.map((r: any) => r.month)).toEqual(months);
    const own = await northwind.request('GET', `/api/v1/associations/${associationId}/usage`);
    expect(own.body.items.map((r: any) => r.month)).toEqual(months.slice(4));
    // Filters and pages.
    expect((await teams(northwind, `&from=${months[6]}&to=${months[7]}`)).body.items.map((r: any) => r.month)).toEqual([months[6], months[7]]);
    expect((await teams(northwind, '&program=OSU_M365')).body.items).toHaveLength(8);
    expect((await teams(northwind, '&program=OSU_BIZAPPS')).body.items ?? []).toEqual([]);
    const first = await teams(northwind, '&limit=5');
    const rest = await teams(northwind, `&limit=5&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...rest.body.items].map((r: any) => r.month)).toEqual(months.slice(4));
    expect(rest.body.nextCursor).toBeNull();
    expect((await teams(northwind, '&from=2026-13')).status).toBe(400);
    expect((await teams(northwind, '&cursor=nonsense')).status).toBe(400);
    expect((await t.anonymous.request('GET', '/api/v1/usage')).status).toBe(401);
  });

  it('answers another partner exactly as for an unknown tenant or association, and logs nothing for it', async () => {
    const before = await accessEntries(t);
    const other = await teams(fabrikam);
    const unknown = await fabrikam.request('GET', `/api/v1/usage?tenantId=${randomUUID()}&productCode=MICROSOFT_TEAMS`);
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ items: [], nextCursor: null });
    expect(other.body).toEqual(unknown.body);
    expect((await fabrikam.request('GET', '/api/v1/usage')).body.items.filter((r: any) => r.tenantId === contoso)).toEqual([]);
    const foreign = await fabrikam.request('GET', `/api/v1/associations/${associationId}/usage`);
    const made = await fabrikam.request('GET', `/api/v1/associations/${randomUUID()}/usage`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(made.body);
    expect(await accessEntries(t)).toBe(before);
  });

  it('writes exactly one access entry per read: page, association months and export, by session and by API token', async () => {
    let count = await accessEntries(t);
    const read = async (client: TestClient, path: string) => {
      t.clock.advance(1000);
      const res = await client.request('GET', path);
      expect(res.status, res.text).toBe(200);
      expect(await accessEntries(t)).toBe(++count);
      return res;
    };
    await read(northwind, `/api/v1/usage?tenantId=${contoso}&limit=3`);
    await read(northwind, `/api/v1/associations/${associationId}/usage`);
    const exported = await read(northwind, `/api/v1/usage?tenantId=${contoso}&format=csv`);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    const lines = exported.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('tenantId,tenantName,productCode,subscriptionId,month,licensedSeats,activeUsers');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(months.slice(4));
    const token = (await northwind.request('POST', '/api/v1/tokens', { name: 'Usage sync', expiresInDays: 30 })).body.token as string;
    await read(t.withToken(token), `/api/v1/usage?tenantId=${contoso}`);

    const log = await northwind.request('GET', `/api/v1/usage/access-log?tenantId=${contoso}&limit=4`);
    expect(log.body.items.map((e: any) => [e.kind, e.channel])).toEqual([['LIST', 'API'], ['EXPORT', 'WEB'], ['ASSOCIATION', 'WEB'], ['LIST', 'WEB']]);
    expect(log.body.items[0].actorName).toBe('Usage sync (API token of ' + (await t.db.selectFrom('users').select('name').where('email', '=', 'partner.admin@northwind.example').executeTakeFirstOrThrow()).name + ')');
    expect(log.body.items[1]).toMatchObject({ organisation: { name: 'Northwind Traders' }, keys: [{ tenantId: contoso, productCode: 'MICROSOFT_TEAMS', subscriptionId: null, months: months.slice(4) }] });
    expect(log.body.items[3].keys[0].months).toEqual(months.slice(4, 7));
  });

  it('shows the access log to vendor staff (all) and partner admins (their own organisation); partner users are refused', async () => {
    const northwindOrg = (await t.db.selectFrom('organisations').select('id').where('name', '=', 'Northwind Traders').executeTakeFirstOrThrow()).id;
    const vendor = await programAdmin.request('GET', `/api/v1/usage/access-log?organisationId=${northwindOrg}&tenantId=${contoso}`);
    expect(vendor.body.items.length).toBeGreaterThan(0);
    expect(vendor.body.items.every((e: any) => e.organisation.id === northwindOrg)).toBe(true);
    expect((await reviewer.request('GET', '/api/v1/usage/access-log')).status).toBe(200);
    // A partner admin asking for another organisation still gets only its own.
    const fabrikamView = await fabrikam.request('GET', `/api/v1/usage/access-log?organisationId=${northwindOrg}`);
    expect(fabrikamView.body.items).toEqual([]);
    expect((await northwindUser.request('GET', '/api/v1/usage/access-log')).status).toBe(403);
    const day = t.clock.now().toISOString().slice(0, 10);
    expect((await northwind.request('GET', `/api/v1/usage/access-log?from=${day}&to=${day}`)).body.items.length).toBeGreaterThan(0);
    expect((await northwind.request('GET', '/api/v1/usage/access-log?to=2000-01-01')).body.items).toEqual([]);
  });

  it('gives nothing more once the association has ended', async () => {
    const claimId = await activateThroughCustomer(t, smtp, { admin: northwind, reviewer, tenantId: contoso, overrides: { name: 'Usage Viva', lines: [{ productCode: 'MICROSOFT_VIVA' }] } });
    await importMonths(t, programAdmin, { tenantId: contoso, productCode: 'MICROSOFT_VIVA', count: 3, current: 2 });
    const viva = (await t.db.selectFrom('associations').select('id').where('claim_id', '=', claimId).executeTakeFirstOrThrow()).id;
    expect((await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}&productCode=MICROSOFT_VIVA`)).body.items.map((r: any) => r.month)).toEqual([monthFrom(t.clock.now(), 0), monthFrom(t.clock.now(), 1)]);
    expect((await northwind.request('POST', `/api/v1/associations/${viva}/end`, { message: 'Done.' })).status).toBe(200);
    const before = await accessEntries(t);
    expect((await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}&productCode=MICROSOFT_VIVA`)).body).toEqual({ items: [], nextCursor: null });
    expect((await northwind.request('GET', `/api/v1/associations/${viva}/usage`)).body).toEqual({ items: [], nextCursor: null });
    expect(await accessEntries(t)).toBe(before);
    // The vendor still sees the months the association covered: its start month to the month it ended.
    expect((await reviewer.request('GET', `/api/v1/associations/${viva}/usage`)).body.items.map((r: any) => r.month)).toEqual([monthFrom(t.clock.now(), 0)]);
  });

  it('the SQL the reads run agrees with the pure access rule on random timelines', async () => {
    const orgs = (await t.db.selectFrom('organisations').select('id').where('kind', '=', 'PARTNER').orderBy('id').limit(3).execute()).map((o) => o.id);
    const tenants = [randomUUID(), randomUUID()];
    const subscriptions = [randomUUID(), randomUUID()];
    const products = ['MICROSOFT_TEAMS', 'POWER_BI_PRO'];
    const base = Date.UTC(2030, 0, 1);
    const month = (i: number) => new Date(Date.UTC(2030, i, 1)).toISOString().slice(0, 10);
    const timeline = fc.array(
      fc.record({
        unit: fc.constantFrom('WORKLOAD' as const, 'SUBSCRIPTION' as const),
        org: fc.nat(orgs.length - 1),
        tenant: fc.nat(1),
        product: fc.nat(1),
        subscription: fc.nat(1),
        startedAt: fc.integer({ min: 0, max: 365 * 86_400_000 }).map((ms) => new Date(base + ms)),
        active: fc.boolean(),
      }),
      { maxLength: 8 },
    );
    const usage = fc.uniqueArray(fc.record({ tenant: fc.nat(1), product: fc.nat(1), subscription: fc.nat(2), month: fc.nat(13) }), { maxLength: 30, selector: (r) => `${r.tenant}/${r.product}/${r.subscription}/${r.month}` });
    await fc.assert(
      fc.asyncProperty(timeline, usage, async (plan, usageRows) => {
        const associations: AccessAssociation[] = [];
        const keys = new Set<string>();
        for (const [i, p] of plan.entries()) {
          const subscriptionId = p.unit === 'SUBSCRIPTION' ? subscriptions[p.subscription]! : null;
          const key = `${p.unit}/${p.tenant}/${p.product}/${subscriptionId}`;
          // One ACTIVE holder per key, as the unique index keeps it.
          const active = p.active && !keys.has(key);
          if (active) keys.add(key);
          associations.push({ id: randomUUID(), organisationId: orgs[p.org]!, programCode: p.unit === 'WORKLOAD' ? 'OSU_M365' : 'OSU_BIZAPPS', status: active ? 'ACTIVE' : 'ENDED', exclusivityUnit: p.unit, tenantId: tenants[p.tenant]!, productCode: products[p.product]!, subscriptionId, startedAt: p.startedAt });
          void i;
        }
        const rows = usageRows.map((r) => ({ tenantId: tenants[r.tenant]!, productCode: products[r.product]!, subscriptionId: r.subscription === 2 ? null : subscriptions[r.subscription]!, month: month(r.month) }));
        await t.db
          .transaction()
          .execute(async (trx) => {
            // Fixture rows without their claims, tenants and products: foreign keys are not what is tested here.
            await sql`set local session_replication_role = replica`.execute(trx);
            if (associations.length) {
              await trx
                .insertInto('associations')
                .values(
                  associations.map((a) => ({
                    id: a.id,
                    claim_id: randomUUID(),
                    claim_line_id: randomUUID(),
                    organisation_id: a.organisationId,
                    location_id: LOCATIONS.northwindAmsterdam,
                    program_code: a.programCode,
                    exclusivity_unit: a.exclusivityUnit,
                    tenant_id: a.tenantId,
                    product_code: a.productCode,
                    subscription_id: a.subscriptionId,
                    exclusivity_key: `${a.exclusivityUnit}/${a.tenantId}/${a.productCode}/${a.subscriptionId}`,
                    status: a.status,
                    started_at: a.startedAt,
                    ended_at: a.status === 'ENDED' ? new Date(a.startedAt.getTime() + 1000) : null,
                    end_reason: a.status === 'ENDED' ? 'PARTNER_DISASSOCIATED' : null,
                  })),
                )
                .execute();
            }
            if (rows.length) {
              await trx.insertInto('usage_records').values(rows.map((r) => ({ tenant_id: r.tenantId, product_code: r.productCode, subscription_id: r.subscriptionId, month: r.month, licensed_seats: 1, active_users: 1 }))).execute();
            }
            const readers: UsageReader[] = [{ kind: 'VENDOR' }, ...orgs.map((organisationId) => ({ kind: 'PARTNER' as const, organisationId }))];
            for (const reader of readers) {
              const got = await readableUsage(trx, reader).select(['u.tenant_id', 'u.product_code', 'u.subscription_id', 'u.month']).where('u.tenant_id', 'in', tenants).execute();
              const sqlKeys = got.map((r) => `${r.tenant_id}/${r.product_code}/${r.subscription_id}/${r.month}`).sort();
              const pureKeys = rows.filter((r) => canReadUsage(reader, associations, r)).map((r) => `${r.tenantId}/${r.productCode}/${r.subscriptionId}/${r.month}`).sort();
              expect(sqlKeys).toEqual(pureKeys);
            }
            throw new Rollback();
          })
          .catch((err) => {
            if (!(err instanceof Rollback)) throw err;
          });
      }),
      { numRuns: 40 },
    );
  });
});

class Rollback extends Error {}
