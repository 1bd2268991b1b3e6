import { activateClaim } from '../../src/modules/associations/activate-claim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bizAppsClaim, demoTenant, FILES, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let contoso: Awaited<ReturnType<typeof demoTenant>>;
let tailspin: Awaited<ReturnType<typeof demoTenant>>;
let litware: Awaited<ReturnType<typeof demoTenant>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  contoso = await demoTenant(t.db, 'contoso.nl');
  tailspin = await demoTenant(t.db, 'tailspintoys.nl');
  litware = await demoTenant(t.db, 'litware-logistik.de');
});
afterAll(() => t.close());

/** Dry-runs a body and answers the problems other than the PoE (a body never has documents). */
async function problemsOf(body: unknown) {
  const before = await t.db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const res = await admin.request('POST', '/api/v1/claims/validate', body);
  expect(res.status).toBe(200);
  const after = await t.db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  expect(after.n).toBe(before.n); // a dry run saves nothing
  return res.body.problems.filter((p: any) => p.code !== 'POE_MISSING') as { path: string; code: string; message: string; candidates?: any[] }[];
}

/** Creates a draft with a PDF attached and submits it. */
async function submitted(body: Record<string, unknown>) {
  const id = (await admin.request('POST', '/api/v1/claims', body)).body.id;
  expect((await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
  const res = await admin.request('POST', `/api/v1/claims/${id}/submit`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return id as string;
}

describe('checks at entry', () => {
  it('passes a complete Microsoft 365 claim, except for the missing PoE, and names its program', async () => {
    const res = await admin.request('POST', '/api/v1/claims/validate', m365Claim(contoso.tenantId));
    expect(res.body.problems).toEqual([{ path: 'documents', code: 'POE_MISSING', message: expect.stringMatching(/proof of execution/) }]);
    expect(res.body.programs).toEqual(['OSU_M365']);
    expect(res.body.valid).toBe(false);
  });

  it('reports every problem at once, with paths', async () => {
    const problems = await problemsOf({ locationId: LOCATIONS.northwindAmsterdam, customer: { domain: 'not a domain' }, solutionArea: 'MICROSOFT_365', activities: ['USAGE'], lines: [] });
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.code]));
    expect(byPath).toMatchObject({ name: 'REQUIRED', 'customer.domain': 'INVALID_FORMAT', 'customer.tenantId': 'REQUIRED', lines: 'TOO_SMALL', customerContact: 'REQUIRED', partnerContact: 'REQUIRED' });
    // Rules between fields are reported even while other fields are missing.
    const revenue = await problemsOf({ locationId: LOCATIONS.northwindAmsterdam, solutionArea: 'BUSINESS_APPLICATIONS', activities: ['REVENUE', 'USAGE'] });
    expect(revenue.map((p) => `${p.path}:${p.code}`)).toEqual(expect.arrayContaining(['activities:REVENUE_ALONE', 'revenue:REQUIRED', 'customerTechnicalContact:REQUIRED', 'name:REQUIRED']));
  });

  it('TENANT_UNKNOWN: the tenant ID is not in the directory', async () => {
    const problems = await problemsOf(m365Claim('0f0f0f0f-1111-4222-8333-444455556666'));
    expect(problems).toEqual([expect.objectContaining({ path: 'customer.tenantId', code: 'TENANT_UNKNOWN' })]);
  });

  it("CONTACT_DOMAIN_NOT_TENANT: consent goes to the customer, so its contacts are at the customer's domains", async () => {
    // The partner names itself as the customer contact: it could otherwise confirm its own claim.
    const own = await problemsOf(m365Claim(contoso.tenantId, { customerContact: { name: 'Nora', title: 'Sales', email: 'nora@northwind.example' } }));
    expect(own).toEqual([expect.objectContaining({ path: 'customerContact.email', code: 'CONTACT_DOMAIN_NOT_TENANT', message: expect.stringContaining('northwind.example') })]);
    const technical = await problemsOf(m365Claim(contoso.tenantId, { customerTechnicalContact: { name: 'Tom', title: 'IT', email: 'tom@contoso.nl.evil.example' } }));
    expect(technical).toEqual([expect.objectContaining({ path: 'customerTechnicalContact.email', code: 'CONTACT_DOMAIN_NOT_TENANT' })]);
    // An address at a subdomain of a verified domain is the customer's.
    expect(await problemsOf(m365Claim(contoso.tenantId, { customerContact: { name: 'Carla', title: 'IT', email: 'Carla@Mail.Contoso.nl' } }))).toEqual([]);
  });

  it("DOMAIN_TENANT_MISMATCH: names the partner's own tenant, never the domain's owner", async () => {
    const problems = await problemsOf(m365Claim(contoso.tenantId, { customer: { domain: 'woodgrovebank.com', tenantId: contoso.tenantId }, customerContact: { name: 'Carla', title: 'IT', email: 'carla@contoso.nl' } }));
    expect(problems).toEqual([expect.objectContaining({ path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH' })]);
    expect(problems[0]!.message).toContain('Contoso Nederland');
    expect(problems[0]!.message).not.toContain('Woodgrove');
  });

  it('PRODUCT_NOT_IN_SOLUTION_AREA: a Dynamics product on a Microsoft 365 claim', async () => {
    const problems = await problemsOf(m365Claim(contoso.tenantId, { lines: [{ productCode: 'DYNAMICS_365_SALES' }] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'lines.0.productCode', code: 'PRODUCT_NOT_IN_SOLUTION_AREA' })]);
  });

  it('PROGRAM_EXCLUDED: CSP and the other out-of-scope programs point to the other claim process', async () => {
    for (const program of ['CSP', 'MANAGED_RESELLER', 'HOSTING', 'SURFACE']) {
      const problems = await problemsOf(m365Claim(contoso.tenantId, { program }));
      expect(problems).toEqual([expect.objectContaining({ path: 'program', code: 'PROGRAM_EXCLUDED', message: expect.stringMatching(/partner association claim process/) })]);
    }
  });

  it('LOCATION_NOT_ENROLLED: the Seattle location is not enrolled in OSU Business Applications', async () => {
    const body = bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }], { locationId: LOCATIONS.northwindSeattle });
    const problems = await problemsOf(body);
    expect(problems).toEqual([expect.objectContaining({ path: 'locationId', code: 'LOCATION_NOT_ENROLLED' })]);
  });

  it('picks the only live subscription of a product by itself', async () => {
    const res = await admin.request('POST', '/api/v1/claims/validate', bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }]));
    expect(res.body.problems.map((p: any) => p.code)).toEqual(['POE_MISSING']);
  });

  it('SUBSCRIPTION_REQUIRED: several live subscriptions, listed as candidates', async () => {
    const problems = await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'DYNAMICS_365_SALES' }]));
    expect(problems).toEqual([expect.objectContaining({ path: 'lines.0.subscriptionId', code: 'SUBSCRIPTION_REQUIRED' })]);
    const expected = contoso.subscriptions.filter((s) => s.product_code === 'DYNAMICS_365_SALES').map((s) => s.id).sort();
    expect(problems[0]!.candidates!.map((c) => c.id).sort()).toEqual(expected);
    const chosen = await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'DYNAMICS_365_SALES', subscriptionId: expected[0] }]));
    expect(chosen).toEqual([]);
  });

  it('SUBSCRIPTION_NOT_IN_TENANT: no subscription of the product, or one of another tenant', async () => {
    expect(await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'DYNAMICS_365_COMMERCE' }]))).toEqual([
      expect.objectContaining({ path: 'lines.0.subscriptionId', code: 'SUBSCRIPTION_NOT_IN_TENANT' }),
    ]);
    const foreign = tailspin.subscriptions.find((s) => s.product_code === 'POWER_APPS')!.id;
    expect(await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_APPS', subscriptionId: foreign }]))).toEqual([
      expect.objectContaining({ code: 'SUBSCRIPTION_NOT_IN_TENANT' }),
    ]);
  });

  it('SUBSCRIPTION_INACTIVE: suspended or expired subscriptions', async () => {
    const suspended = await problemsOf(bizAppsClaim(tailspin.tenantId, 'tailspintoys.nl', [{ productCode: 'POWER_APPS' }]));
    expect(suspended).toEqual([expect.objectContaining({ code: 'SUBSCRIPTION_INACTIVE' })]);
    const expired = litware.subscriptions.find((s) => s.state === 'EXPIRED')!;
    const named = await problemsOf(bizAppsClaim(litware.tenantId, 'litware-logistik.de', [{ productCode: expired.product_code, subscriptionId: expired.id }]));
    expect(named).toEqual([expect.objectContaining({ code: 'SUBSCRIPTION_INACTIVE' })]);
  });

  it('SUBSCRIPTION_CSP: CSP subscriptions belong to the CSP process', async () => {
    const problems = await problemsOf(bizAppsClaim(tailspin.tenantId, 'tailspintoys.nl', [{ productCode: 'DYNAMICS_365_BUSINESS_CENTRAL' }]));
    expect(problems).toEqual([expect.objectContaining({ code: 'SUBSCRIPTION_CSP' })]);
  });

  it('needs the technical contact for Business Applications and the revenue details for a revenue association', async () => {
    const noTech = await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }], { customerTechnicalContact: undefined }));
    expect(noTech).toEqual([expect.objectContaining({ path: 'customerTechnicalContact', code: 'REQUIRED' })]);
    const revenue = await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }], { activities: ['REVENUE', 'USAGE'] }));
    expect(revenue.map((p) => `${p.path}:${p.code}`).sort()).toEqual(['activities:REVENUE_ALONE', 'revenue:REQUIRED']);
    const m365Revenue = await problemsOf(m365Claim(contoso.tenantId, { activities: ['REVENUE'], revenue: { sellerName: 'a', customerName: 'b', isvSolutionName: 'c' } }));
    expect(m365Revenue.map((p) => p.code)).toContain('ACTIVITY_NOT_IN_SOLUTION_AREA');
    const ok = await problemsOf(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }], { activities: ['REVENUE'], revenue: { sellerName: 'Sam Seller', customerName: 'Contoso', isvSolutionName: 'Contoso CRM' } }));
    expect(ok).toEqual([]);
  });

  it('requires valid contact e-mail addresses', async () => {
    const problems = await problemsOf(m365Claim(contoso.tenantId, { customerContact: { name: 'C', title: 'T', email: 'carla-at-contoso' }, partnerContact: { name: 'N', email: '' } }));
    expect(problems.map((p) => p.path).sort()).toEqual(['customerContact.email', 'partnerContact.email']);
  });

  it('DUPLICATE_OPEN_CLAIM and ALREADY_ASSOCIATED_WITH_YOU: the caller already targets or holds the key', async () => {
    const wingtip = await demoTenant(t.db, 'wingtipzorg.nl');
    const body = m365Claim(wingtip.tenantId, { customer: { domain: 'wingtipzorg.nl', tenantId: wingtip.tenantId }, lines: [{ productCode: 'SHAREPOINT_ONLINE' }] });
    const first = await submitted(body);
    expect(await problemsOf(body)).toEqual([expect.objectContaining({ path: 'lines.0', code: 'DUPLICATE_OPEN_CLAIM' })]);
    // Another workload on the same tenant is a different key.
    expect(await problemsOf({ ...body, lines: [{ productCode: 'INTUNE' }] })).toEqual([]);
    // Approved and activated: the partner now holds the key.
    const reviewer = await t.loginAs('reviewer@vendor.example');
    expect((await reviewer.request('POST', `/api/v1/claims/${first}/approve`, {})).status).toBe(200);
    await t.db.transaction().execute((trx) => activateClaim(trx, { claimId: first, by: { type: 'SYSTEM' }, at: t.clock.now(), how: 'CONFIRMED' }));
    expect(await problemsOf(body)).toEqual([expect.objectContaining({ code: 'ALREADY_ASSOCIATED_WITH_YOU' })]);
    // Another partner may claim the same key: that is a conflict for the reviewer, not an entry error.
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    const theirs = await fabrikam.request('POST', '/api/v1/claims/validate', { ...body, locationId: LOCATIONS.fabrikamMunich });
    expect(theirs.body.problems.map((p: any) => p.code)).toEqual(['POE_MISSING']);
  });

  it('validates a saved draft the same way, counting its documents', async () => {
    const id = (await admin.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId, { lines: [{ productCode: 'EXCHANGE_ONLINE' }] }))).body.id;
    // Integrations often send a JSON content type on body-less POSTs.
    const before = await admin.request('POST', `/api/v1/claims/${id}/validate`, '', { 'content-type': 'application/json' });
    expect(before.body.problems.map((p: any) => p.code)).toEqual(['POE_MISSING']);
    await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf');
    const after = await admin.request('POST', `/api/v1/claims/${id}/validate`);
    expect(after.body).toEqual({ valid: true, problems: [], programs: ['OSU_M365'] });
  });
});
