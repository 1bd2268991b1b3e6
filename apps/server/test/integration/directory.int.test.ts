import { ReasonCodeSchema } from '@associa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let vendor: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  vendor = await t.loginAs('reviewer@vendor.example');
});
afterAll(() => t.close());

describe('the catalogue', () => {
  it('publishes the programs derived from solution area and activity, with their settings', async () => {
    const res = await vendor.request('GET', '/api/v1/catalog');
    expect(res.status).toBe(200);
    const rules = Object.fromEntries(res.body.programRules.map((r: any) => [`${r.solutionArea}+${r.activity}`, r.programCode]));
    expect(rules).toEqual({
      'MICROSOFT_365+USAGE': 'OSU_M365',
      'MICROSOFT_365+PRE_SALES': 'OSA_SELL',
      'BUSINESS_APPLICATIONS+USAGE': 'OSU_BIZAPPS',
      'BUSINESS_APPLICATIONS+PRE_SALES': 'OSA_SELL',
      'BUSINESS_APPLICATIONS+REVENUE': 'REVENUE_ASSOCIATION',
    });
    const programs = Object.fromEntries(res.body.programs.map((p: any) => [p.code, p]));
    expect(programs.OSU_M365.exclusivityUnit).toBe('WORKLOAD');
    expect(programs.OSA_SELL.exclusivityUnit).toBe('SUBSCRIPTION');
    expect(programs.OSU_M365.settings).toEqual({ reviewBusinessDays: 14, responseBusinessDays: 14, disputeDays: 30, consentBusinessDays: 5, expiryNoticeDays: 30 });
    expect(programs.OSU_M365.conflictRule).toBe('REVIEWER_DECIDES');
    for (const code of ['CSP', 'MANAGED_RESELLER', 'HOSTING', 'SURFACE']) {
      expect(programs[code].isClaimable).toBe(false);
      expect(programs[code].referral.en).toMatch(/partner association claim process/);
    }
  });

  it('lists products with stable codes per solution area, and reason codes in English and Dutch', async () => {
    const partner = await t.loginAs('partner.user@northwind.example');
    const res = await partner.request('GET', '/api/v1/catalog');
    const products = Object.fromEntries(res.body.products.map((p: any) => [p.code, p.solutionArea]));
    expect(products.EXCHANGE_ONLINE).toBe('MICROSOFT_365');
    expect(products.MICROSOFT_TEAMS).toBe('MICROSOFT_365');
    expect(products.DYNAMICS_365_SALES).toBe('BUSINESS_APPLICATIONS');
    expect(products.POWER_BI_PRO).toBe('BUSINESS_APPLICATIONS');
    const reasons = Object.fromEntries(res.body.reasonCodes.map((r: any) => [r.code, r]));
    expect(reasons.DOMAIN_TENANT_MISMATCH.category).toBe('ENTRY_CHECK');
    expect(reasons.NO_PARTNER_RESPONSE.message.nl).toMatch(/niet op tijd/);
    // Every reason code of the contract has its catalogue entry (and no other is there).
    expect(Object.keys(reasons).sort()).toEqual([...ReasonCodeSchema.options].sort());
  });

  it('is not public', async () => {
    expect((await t.anonymous.request('GET', '/api/v1/catalog')).status).toBe(401);
  });
});

describe('locations', () => {
  it("shows each partner only its own organisation's locations", async () => {
    const northwind = await (await t.loginAs('partner.user@northwind.example')).request('GET', '/api/v1/locations');
    const fabrikam = await (await t.loginAs('partner.admin@fabrikam.example')).request('GET', '/api/v1/locations');
    expect(northwind.body.items.map((l: any) => l.mpnId)).toEqual(['4412001', '4412002']);
    expect(northwind.body.items[1].enrolledPrograms).toEqual(['OSA_SELL', 'OSU_M365']);
    expect(fabrikam.body.items.map((l: any) => l.mpnId)).toEqual(['5523001']);
    expect(JSON.stringify(fabrikam.body)).not.toContain('Northwind');
  });

  it('gives vendor staff no partner locations', async () => {
    const res = await vendor.request('GET', '/api/v1/locations');
    expect(res.body.items).toEqual([]);
  });
});

describe('the customer directory', () => {
  it('is for vendor staff only', async () => {
    const partner = await t.loginAs('partner.admin@northwind.example');
    const list = await partner.request('GET', '/api/v1/tenants');
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('FORBIDDEN');
    const one = await partner.request('GET', '/api/v1/tenants/00000000-0000-0000-0000-000000000000');
    expect(one.status).toBe(403);
    expect((await t.anonymous.request('GET', '/api/v1/tenants')).status).toBe(401);
  });

  it('pages through every tenant by name with a cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await vendor.request('GET', `/api/v1/tenants?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: any) => i.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    const total = await t.db.selectFrom('customer_tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(seen).toHaveLength(total.n);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('finds a tenant by part of its name, by domain, and by tenant ID', async () => {
    const byName = await vendor.request('GET', '/api/v1/tenants?q=woodgrove');
    expect(byName.body.items.map((i: any) => i.name)).toEqual(['Woodgrove Bank']);
    const byDomain = await vendor.request('GET', '/api/v1/tenants?q=cohowinery.com');
    expect(byDomain.body.items).toHaveLength(1);
    const tenantId = byDomain.body.items[0].tenantId;
    const byId = await vendor.request('GET', `/api/v1/tenants?q=${tenantId.toUpperCase()}`);
    expect(byId.body.items.map((i: any) => i.tenantId)).toEqual([tenantId]);
    const wildcard = await vendor.request('GET', '/api/v1/tenants?q=%25');
    expect(wildcard.body.items).toEqual([]);
  });

  it('shows one tenant with its domains and subscriptions', async () => {
    const found = await vendor.request('GET', '/api/v1/tenants?q=contoso.nl');
    const id = found.body.items[0].tenantId;
    const res = await vendor.request('GET', `/api/v1/tenants/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tenantId: id, name: 'Contoso Nederland', country: 'NL', timeZone: 'Europe/Amsterdam' });
    expect(res.body.domains).toEqual(['contosonederland.onmicrosoft.com', 'contoso.nl']);
    const sales = res.body.subscriptions.filter((s: any) => s.productCode === 'DYNAMICS_365_SALES' && s.state === 'ACTIVE');
    expect(sales).toHaveLength(2);
    expect(sales[0]).toEqual(expect.objectContaining({ channel: expect.any(String), startDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) }));
  });

  it('answers an unknown tenant with 404 and a malformed ID or cursor with 400', async () => {
    expect((await vendor.request('GET', '/api/v1/tenants/11111111-2222-3333-4444-555555555555')).status).toBe(404);
    const bad = await vendor.request('GET', '/api/v1/tenants/not-a-guid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('id');
    const cursor = await vendor.request('GET', '/api/v1/tenants?cursor=garbage');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.details[0].code).toBe('INVALID_CURSOR');
    const limit = await vendor.request('GET', '/api/v1/tenants?limit=100000');
    expect(limit.status).toBe(400);
  });
});
