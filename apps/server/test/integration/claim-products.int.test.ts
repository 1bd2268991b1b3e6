import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, FILES, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let tenantId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  tenantId = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(() => t.close());

const productsOf = async (id: string) => (await t.db.selectFrom('claims').select('products').where('id', '=', id).executeTakeFirstOrThrow()).products;
// What the lines say, read from claim_lines itself.
const linesOf = async (id: string) => (await t.db.selectFrom('claim_lines').select('product_code').where('claim_id', '=', id).orderBy('position').execute()).map((l) => l.product_code);
const listed = async (client: TestClient, query: string) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: any = await client.request('GET', `/api/v1/claims?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((i: any) => i.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
};
const summaryOf = async (client: TestClient, id: string) => {
  const res = await client.request('GET', '/api/v1/claims?limit=100');
  return res.body.items.find((i: any) => i.id === id);
};

describe('claims.products', () => {
  it('follows a draft’s lines through create, update and submit, in line order', async () => {
    const create = await admin.request('POST', '/api/v1/claims', m365Claim(tenantId, { name: 'Products draft', lines: [{ productCode: 'INTUNE' }, { productCode: 'MICROSOFT_TEAMS' }] }));
    expect(create.status, create.text).toBe(201);
    const id = create.body.id as string;
    expect(await productsOf(id)).toEqual(['INTUNE', 'MICROSOFT_TEAMS']);
    expect((await summaryOf(admin, id)).products).toEqual(['INTUNE', 'MICROSOFT_TEAMS']);

    const patch = await admin.request('PATCH', `/api/v1/claims/${id}`, { lines: [{ productCode: 'EXCHANGE_ONLINE' }, { productCode: 'INTUNE' }, { productCode: 'ONEDRIVE' }] });
    expect(patch.status, patch.text).toBe(200);
    expect(await productsOf(id)).toEqual(['EXCHANGE_ONLINE', 'INTUNE', 'ONEDRIVE']);
    expect((await summaryOf(admin, id)).products).toEqual(['EXCHANGE_ONLINE', 'INTUNE', 'ONEDRIVE']);

    // A change without lines leaves them (and the products) as they were.
    expect((await admin.request('PATCH', `/api/v1/claims/${id}`, { name: 'Products draft renamed' })).status).toBe(200);
    expect(await productsOf(id)).toEqual(['EXCHANGE_ONLINE', 'INTUNE', 'ONEDRIVE']);

    expect((await admin.request('PATCH', `/api/v1/claims/${id}`, { lines: [{ productCode: 'MICROSOFT_TEAMS' }] })).status).toBe(200);
    await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf');
    const submit = await admin.request('POST', `/api/v1/claims/${id}/submit`);
    expect(submit.status, submit.text).toBe(200);
    expect(await productsOf(id)).toEqual(['MICROSOFT_TEAMS']);
    expect(await productsOf(id)).toEqual(await linesOf(id));
  });

  it('starts empty for a draft without lines and empties when its lines go', async () => {
    const create = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'Lineless draft' });
    const id = create.body.id as string;
    expect(await productsOf(id)).toEqual([]);
    expect((await admin.request('PATCH', `/api/v1/claims/${id}`, { lines: [{ productCode: 'INTUNE' }] })).status).toBe(200);
    expect(await productsOf(id)).toEqual(['INTUNE']);
    expect((await admin.request('PATCH', `/api/v1/claims/${id}`, { lines: [] })).status).toBe(200);
    expect(await productsOf(id)).toEqual([]);
  });

  it('follows lines written in SQL: inserts out of order, product changes, deletes, many claims in one statement', async () => {
    const a = (await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'SQL lines A' })).body.id as string;
    const b = (await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'SQL lines B' })).body.id as string;
    await t.db.insertInto('claim_lines').values([
      { claim_id: a, position: 2, product_code: 'ONEDRIVE' },
      { claim_id: a, position: 0, product_code: 'INTUNE' },
      { claim_id: b, position: 0, product_code: 'EXCHANGE_ONLINE' },
    ]).execute();
    expect(await productsOf(a)).toEqual(['INTUNE', 'ONEDRIVE']);
    expect(await productsOf(b)).toEqual(['EXCHANGE_ONLINE']);
    await t.db.insertInto('claim_lines').values({ claim_id: a, position: 1, product_code: 'MICROSOFT_TEAMS' }).execute();
    expect(await productsOf(a)).toEqual(['INTUNE', 'MICROSOFT_TEAMS', 'ONEDRIVE']);

    // A line moved to the other claim counts for both.
    await t.db.updateTable('claim_lines').set({ claim_id: b, position: 1 }).where('claim_id', '=', a).where('product_code', '=', 'ONEDRIVE').execute();
    expect(await productsOf(a)).toEqual(['INTUNE', 'MICROSOFT_TEAMS']);
    expect(await productsOf(b)).toEqual(['EXCHANGE_ONLINE', 'ONEDRIVE']);
    await t.db.updateTable('claim_lines').set({ product_code: 'WINDOWS_365' }).where('claim_id', '=', a).where('position', '=', 0).execute();
    expect(await productsOf(a)).toEqual(['WINDOWS_365', 'MICROSOFT_TEAMS']);
    // A change the products don't show (a subscription) doesn't rewrite the claim.
    const before = await t.db.selectFrom('claims').select(sql<string>`xmin::text`.as('xmin')).where('id', '=', a).executeTakeFirstOrThrow();
    await t.db.updateTable('claim_lines').set({ subscription_id: randomUUID() }).where('claim_id', '=', a).execute();
    expect((await t.db.selectFrom('claims').select(sql<string>`xmin::text`.as('xmin')).where('id', '=', a).executeTakeFirstOrThrow()).xmin).toBe(before.xmin);

    await t.db.deleteFrom('claim_lines').where('claim_id', '=', a).where('position', '=', 0).execute();
    expect(await productsOf(a)).toEqual(['MICROSOFT_TEAMS']);
    await t.db.deleteFrom('claim_lines').where('claim_id', 'in', [a, b]).execute();
    expect(await productsOf(a)).toEqual([]);
    expect(await productsOf(b)).toEqual([]);
  });

  it('is filled for claims made in bulk', async () => {
    const tenants = [0, 1].map((i) => ({ tenantId: randomUUID(), domain: `products-bulk-${i}.example.com` }));
    await t.db.insertInto('customer_tenants').values(tenants.map((x, i) => ({ tenant_id: x.tenantId, name: `Products bulk ${i}`, country: 'NL', time_zone: 'Europe/Amsterdam' }))).execute();
    await t.db.insertInto('tenant_domains').values(tenants.map((x) => ({ domain: x.domain, tenant_id: x.tenantId }))).execute();
    const row = (i: number, products: string) => ({
      name: `Products bulk ${i}`, location_mpn_id: '4412001', customer_domain: tenants[i]!.domain, tenant_id: tenants[i]!.tenantId,
      solution_area: 'MICROSOFT_365', activities: 'USAGE', products,
      customer_contact_name: 'Carla Jansen', customer_contact_title: 'IT manager', customer_contact_email: `carla@${tenants[i]!.domain}`,
      partner_contact_name: 'Nina de Vries', partner_contact_email: 'nina@northwind.example',
    });
    const ndjson = [row(0, 'INTUNE;MICROSOFT_TEAMS'), row(1, 'ONEDRIVE')].map((r) => JSON.stringify(r)).join('\n');
    const res = await admin.request('POST', '/api/v1/claims/bulk', ndjson, { 'content-type': 'application/x-ndjson' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ created: 2, rejected: 0 });
    const made = await t.db.selectFrom('claims').select(['name', 'products']).where('name', 'like', 'Products bulk %').orderBy('name').execute();
    expect(made).toEqual([{ name: 'Products bulk 0', products: ['INTUNE', 'MICROSOFT_TEAMS'] }, { name: 'Products bulk 1', products: ['ONEDRIVE'] }]);
  });

  it('agrees with claim_lines for every claim in the database', async () => {
    const off = await sql<{ n: number }>`select count(*)::int as n from claims c
      where c.products is distinct from coalesce((select array_agg(l.product_code order by l.position) from claim_lines l where l.claim_id = c.id), '{}')`.execute(t.db);
    expect(off.rows[0]!.n).toBe(0);
    expect((await sql<{ n: number }>`select count(*)::int as n from claims where products <> '{}'`.execute(t.db)).rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('the product filter', () => {
  // Who has a line of `product`, from claim_lines: the partner's own (drafts too), or every submitted claim.
  const expected = async (product: string, organisationId: string | null) =>
    (
      await t.db
        .selectFrom('claims as c')
        .select('c.id')
        .where('c.deleted_at', 'is', null)
        .where((eb) => eb.exists(eb.selectFrom('claim_lines as l').select('l.id').whereRef('l.claim_id', '=', 'c.id').where('l.product_code', '=', product)))
        .where((eb) => (organisationId ? eb('c.organisation_id', '=', organisationId) : eb('c.status', '!=', 'DRAFT')))
        .execute()
    ).map((r) => r.id);
  const orgOf = async (email: string) => (await t.db.selectFrom('users').select('organisation_id').where('email', '=', email).executeTakeFirstOrThrow()).organisation_id!;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const make = async (client: TestClient, key: string, body: Record<string, unknown>, submit: boolean) => {
      const res = await client.request('POST', '/api/v1/claims', body);
      expect(res.status, res.text).toBe(201);
      if (submit) {
        await client.upload(`/api/v1/claims/${res.body.id}/documents`, FILES.pdf, 'sow.pdf');
        const s = await client.request('POST', `/api/v1/claims/${res.body.id}/submit`);
        expect(s.status, s.text).toBe(200);
      }
      ids[key] = res.body.id;
    };
    const woodgrove = await demoTenant(t.db, 'woodgrovebank.com');
    await make(admin, 'submittedDefender', m365Claim(woodgrove.tenantId, { name: 'Filter submitted', customer: { domain: 'woodgrovebank.com', tenantId: woodgrove.tenantId }, lines: [{ productCode: 'ENTRA_ID_P1' }, { productCode: 'MICROSOFT_DEFENDER' }] }), true);
    await make(admin, 'draftDefender', { locationId: LOCATIONS.northwindSeattle, name: 'Filter draft', lines: [{ productCode: 'MICROSOFT_DEFENDER' }] }, false);
    await make(admin, 'draftOther', { locationId: LOCATIONS.northwindSeattle, name: 'Filter other', lines: [{ productCode: 'WINDOWS_365' }] }, false);
    await make(fabrikam, 'fabrikamDefender', { locationId: LOCATIONS.fabrikamMunich, name: 'Fabrikam filter', lines: [{ productCode: 'MICROSOFT_DEFENDER' }] }, false);
  });

  it("lists a partner's own claims with the product, drafts included, and no other partner's", async () => {
    const got = await listed(admin, 'product=MICROSOFT_DEFENDER');
    expect(got).toEqual(expect.arrayContaining([ids.submittedDefender, ids.draftDefender]));
    expect(got).not.toContain(ids.fabrikamDefender);
    expect(got).not.toContain(ids.draftOther);
    expect(new Set(got)).toEqual(new Set(await expected('MICROSOFT_DEFENDER', await orgOf('partner.admin@northwind.example'))));
    // A product that is the claim's second line counts too, and the sorts agree.
    expect(await listed(admin, 'product=ENTRA_ID_P1&sort=name')).toContain(ids.submittedDefender);
    const fab = await listed(fabrikam, 'product=MICROSOFT_DEFENDER');
    expect(fab).toContain(ids.fabrikamDefender);
    expect(fab).not.toContain(ids.draftDefender);
    expect(new Set(fab)).toEqual(new Set(await expected('MICROSOFT_DEFENDER', await orgOf('partner.admin@fabrikam.example'))));
  });

  it('lists the vendor every submitted claim with the product and no drafts, with other filters', async () => {
    const got = await listed(reviewer, 'product=MICROSOFT_DEFENDER');
    expect(got).toContain(ids.submittedDefender);
    expect(got).not.toContain(ids.draftDefender);
    expect(got).not.toContain(ids.fabrikamDefender);
    expect(new Set(got)).toEqual(new Set(await expected('MICROSOFT_DEFENDER', null)));
    expect(await listed(reviewer, 'program=OSU_M365&product=MICROSOFT_DEFENDER&sort=-submitted')).toContain(ids.submittedDefender);
    expect(await listed(reviewer, 'program=OSU_BIZAPPS&product=MICROSOFT_DEFENDER')).not.toContain(ids.submittedDefender);
  });

  it('answers an empty page for a product no claim has, and follows a line changed since', async () => {
    expect(await listed(admin, 'product=NO_SUCH_PRODUCT')).toEqual([]);
    expect(await listed(reviewer, 'product=NO_SUCH_PRODUCT')).toEqual([]);
    expect((await admin.request('PATCH', `/api/v1/claims/${ids.draftOther}`, { lines: [{ productCode: 'MICROSOFT_DEFENDER' }] })).status).toBe(200);
    expect(await listed(admin, 'product=MICROSOFT_DEFENDER')).toContain(ids.draftOther);
    expect(await listed(admin, 'product=WINDOWS_365')).not.toContain(ids.draftOther);
  });
});
