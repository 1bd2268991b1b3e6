import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';
import { hashPassword } from '../../src/lib/passwords';
import { demoTenant, FILES, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let programAdmin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  programAdmin = await t.loginAs('program.admin@vendor.example');
});
afterAll(() => t.close());

const NORTHWIND = deterministicUuid('org:northwind');

/** A draft with its statement of work, ready to submit. */
async function draftWithPoe(client: TestClient, body: Record<string, unknown>) {
  const created = await client.request('POST', '/api/v1/claims', body);
  expect(created.status).toBe(201);
  expect((await client.upload(`/api/v1/claims/${created.body.id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
  return created.body.id as string;
}

const expectSuspended = (res: { status: number; body: any }) => {
  expect(res.status).toBe(403);
  expect(res.body.error.code).toBe('PARTNER_SUSPENDED');
  expect(res.body.error.message).toMatch(/Northwind Traders is suspended/);
};

describe('a suspended partner', () => {
  it('keeps reading but cannot create, save, add documents to or submit a claim until reactivated', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const user = await t.loginAs('partner.user@northwind.example');
    const contoso = await demoTenant(t.db, 'contoso.nl');
    const draftId = await draftWithPoe(admin, m365Claim(contoso.tenantId));
    const token = (await admin.request('POST', '/api/v1/tokens', { name: 'CRM sync' })).body.token as string;

    const suspended = await programAdmin.request('PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'SUSPENDED' });
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('SUSPENDED');

    // The same session learns it on its next request: the actor carries the status.
    const me = await admin.request('GET', '/api/v1/me');
    expect(me.body.organisation.status).toBe('SUSPENDED');
    expect(me.body.allowedActions).not.toContain('claims.create');
    expect(me.body.allowedActions).toContain('claims.read');

    expectSuspended(await admin.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId)));
    expectSuspended(await t.withToken(token).request('POST', '/api/v1/claims', m365Claim(contoso.tenantId)));
    expectSuspended(await admin.request('PATCH', `/api/v1/claims/${draftId}`, { name: 'renamed' }));
    expectSuspended(await admin.upload(`/api/v1/claims/${draftId}/documents`, FILES.pdf, 'more.pdf'));
    expectSuspended(await admin.request('POST', `/api/v1/claims/${draftId}/submit`));
    // Partner users could not create claims before either: their answer does not change.
    expect((await user.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId))).body.error.code).toBe('FORBIDDEN');

    const draft = await admin.request('GET', `/api/v1/claims/${draftId}`);
    expect(draft.status).toBe(200);
    expect(draft.body.status).toBe('DRAFT');
    expect(draft.body.allowedActions).toEqual(expect.arrayContaining(['delete', 'comment']));
    for (const action of ['edit', 'submit', 'uploadDocument', 'deleteDocument']) expect(draft.body.allowedActions).not.toContain(action);
    expect((await admin.request('POST', `/api/v1/claims/${draftId}/validate`)).body.valid).toBe(true);
    expect((await user.request('GET', '/api/v1/claims')).body.items.map((c: any) => c.id)).toContain(draftId);
    expect((await user.request('GET', '/api/v1/locations')).status).toBe(200);
    const row = await t.db.selectFrom('claims').select(['status', 'name']).where('id', '=', draftId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'DRAFT', name: 'Contoso Teams rollout' });

    expect((await programAdmin.request('PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'ACTIVE' })).body.status).toBe('ACTIVE');
    expect((await admin.request('GET', '/api/v1/me')).body.allowedActions).toContain('claims.create');
    const submitted = await admin.request('POST', `/api/v1/claims/${draftId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('UNDER_REVIEW');
  });

  it('cannot answer an information request while suspended, and may still comment and withdraw', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const id = (await t.db.selectFrom('claims').select('id').where('organisation_id', '=', NORTHWIND).where('status', '=', 'UNDER_REVIEW').executeTakeFirstOrThrow()).id;
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING'], message: 'Signature please.' })).status).toBe(200);
    await programAdmin.request('PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'SUSPENDED' });

    const claim = await admin.request('GET', `/api/v1/claims/${id}`);
    expect(claim.body.allowedActions).toEqual(['comment', 'withdraw']);
    expectSuspended(await admin.request('POST', `/api/v1/claims/${id}/respond`, { comment: 'Signed now.' }));
    expect((await admin.request('POST', `/api/v1/claims/${id}/comments`, { body: 'We will answer once reinstated.' })).status).toBe(201);
    const withdrawn = await admin.request('POST', `/api/v1/claims/${id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    await programAdmin.request('PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'ACTIVE' });
  });
});

describe('a brand-new partner and location', () => {
  it('lets the new partner claim on its own location, and refuses a program the location left', async () => {
    const partnerId = (await programAdmin.request('POST', '/api/v1/partners', { name: 'Litware Solutions', country: 'NL' })).body.id as string;
    const location = await programAdmin.request('POST', `/api/v1/partners/${partnerId}/locations`, {
      mpnId: '7700001',
      name: 'Litware Utrecht',
      country: 'NL',
      enrolledPrograms: ['OSU_M365', 'OSA_SELL'],
    });
    expect(location.status).toBe(201);
    const locationId = location.body.id as string;
    // Invitations are another piece of work: the partner's first administrator is put in place directly.
    await t.db
      .insertInto('users')
      .values({ organisation_id: partnerId, email: 'lisa@litware.example', name: 'Lisa Jansen', role: 'PARTNER_ADMIN', password_hash: await hashPassword(DEMO_PASSWORD) })
      .execute();
    const lisa = await t.loginAs('lisa@litware.example');
    const locations = await lisa.request('GET', '/api/v1/locations');
    expect(locations.body.items).toEqual([{ id: locationId, mpnId: '7700001', name: 'Litware Utrecht', country: 'NL', enrolledPrograms: ['OSA_SELL', 'OSU_M365'] }]);

    const contoso = await demoTenant(t.db, 'contoso.com');
    const claim = m365Claim(contoso.tenantId, { locationId, customer: { domain: 'contoso.com', tenantId: contoso.tenantId }, partnerContact: { name: 'Lisa Jansen', email: 'lisa@litware.example' } });
    const firstId = await draftWithPoe(lisa, claim);
    const submitted = await lisa.request('POST', `/api/v1/claims/${firstId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'UNDER_REVIEW', programs: ['OSU_M365'], location: { id: locationId, mpnId: '7700001' } });

    const partner = (await programAdmin.request('GET', `/api/v1/partners/${partnerId}`)).body;
    expect(partner).toMatchObject({ locationCount: 1, userCount: 1, users: [{ email: 'lisa@litware.example', role: 'PARTNER_ADMIN', active: true }] });

    const unenrolled = await programAdmin.request('PATCH', `/api/v1/partners/${partnerId}/locations/${locationId}`, { enrolledPrograms: ['OSA_SELL'] });
    expect(unenrolled.status).toBe(200);
    expect(unenrolled.body.enrolledPrograms).toEqual(['OSA_SELL']);
    expect((await lisa.request('GET', '/api/v1/locations')).body.items[0].enrolledPrograms).toEqual(['OSA_SELL']);
    const dryRun = await lisa.request('POST', '/api/v1/claims/validate', { ...claim, lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    expect(dryRun.body.problems.map((p: any) => p.code)).toContain('LOCATION_NOT_ENROLLED');
    const secondId = await draftWithPoe(lisa, { ...claim, lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    const refused = await lisa.request('POST', `/api/v1/claims/${secondId}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'locationId', code: 'LOCATION_NOT_ENROLLED' })]));

    // Enrolling again lets the same draft through; the first claim was never touched.
    await programAdmin.request('PATCH', `/api/v1/partners/${partnerId}/locations/${locationId}`, { enrolledPrograms: ['OSA_SELL', 'OSU_M365'] });
    expect((await lisa.request('POST', `/api/v1/claims/${secondId}/submit`)).status).toBe(200);
    expect((await lisa.request('GET', `/api/v1/claims/${firstId}`)).body.status).toBe('UNDER_REVIEW');
  });
});
