import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, historyTypes, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let tenantId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  tenantId = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(() => t.close());

describe('drafts', () => {
  it('creates a draft from just a location, with a history entry', async () => {
    const res = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'DRAFT', name: null, location: { mpnId: '4412001' }, lines: [], documents: [] });
    expect(res.body.allowedActions).toEqual(expect.arrayContaining(['edit', 'submit', 'delete', 'uploadDocument']));
    const row = await t.db.selectFrom('claims').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'DRAFT', organisation_id: expect.any(String), submitted_at: null });
    expect(await historyTypes(t.db, res.body.id)).toEqual(['CLAIM_CREATED']);
  });

  it('saves a draft any number of times; fields present replace, null clears, lines are replaced', async () => {
    const created = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'First name' });
    const id = created.body.id;
    const first = await admin.request('PATCH', `/api/v1/claims/${id}`, {
      customer: { domain: 'Contoso.NL', tenantId },
      solutionArea: 'MICROSOFT_365',
      activities: ['USAGE', 'PRE_SALES'],
      lines: [{ productCode: 'MICROSOFT_TEAMS' }, { productCode: 'EXCHANGE_ONLINE' }],
      customerContact: { name: 'Carla' },
    });
    expect(first.status).toBe(200);
    expect(first.body.customer.domain).toBe('contoso.nl');
    expect(first.body.programs).toEqual(['OSA_SELL', 'OSU_M365']);
    expect(first.body.lines.map((l: any) => l.productCode)).toEqual(['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE']);
    expect(first.body.customerContact).toEqual({ name: 'Carla' });
    const second = await admin.request('PATCH', `/api/v1/claims/${id}`, { name: null, lines: [{ productCode: 'INTUNE' }], activities: ['USAGE'] });
    expect(second.body.name).toBeNull();
    expect(second.body.programs).toEqual(['OSU_M365']);
    expect(second.body.customerContact).toEqual({ name: 'Carla' });
    const lines = await t.db.selectFrom('claim_lines').select(['product_code', 'position']).where('claim_id', '=', id).execute();
    expect(lines).toEqual([{ product_code: 'INTUNE', position: 0 }]);
    expect(await historyTypes(t.db, id)).toEqual(['CLAIM_CREATED', 'DRAFT_SAVED', 'DRAFT_SAVED', 'DRAFT_SAVED']);
    const history = await admin.request('GET', `/api/v1/claims/${id}/history`);
    expect(history.body.items[2].event).toEqual({ type: 'DRAFT_SAVED', fields: ['activities', 'customer', 'customerContact', 'lines', 'solutionArea'] });
    expect(history.body.items[0].actor).toEqual({ type: 'USER', name: 'Nina de Vries' });
  });

  it('refuses a location of another organisation, and badly typed fields', async () => {
    const other = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.fabrikamMunich });
    expect(other.status).toBe(422);
    expect(other.body.error.details[0]).toMatchObject({ path: 'locationId', code: 'LOCATION_UNKNOWN' });
    const bad = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, activities: ['GOLF'], surprise: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.path)).toEqual(expect.arrayContaining(['activities.0', 'surprise']));
    expect(await t.db.selectFrom('claims').select('id').where('name', '=', 'never').execute()).toHaveLength(0);
  });

  it('deletes a draft softly: gone for everyone, history kept', async () => {
    const created = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'to delete' });
    const del = await admin.request('DELETE', `/api/v1/claims/${created.body.id}`);
    expect(del.status).toBe(204);
    expect((await admin.request('GET', `/api/v1/claims/${created.body.id}`)).status).toBe(404);
    expect((await admin.request('DELETE', `/api/v1/claims/${created.body.id}`)).status).toBe(404);
    expect(await historyTypes(t.db, created.body.id)).toEqual(['CLAIM_CREATED', 'DRAFT_SAVED', 'DRAFT_DELETED']);
  });

  it('keeps history append-only at the database', async () => {
    const created = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam });
    await expect(t.db.updateTable('claim_events').set({ type: 'X' }).where('claim_id', '=', created.body.id).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('claim_events').where('claim_id', '=', created.body.id).execute()).rejects.toThrow(/append-only/);
  });
});

describe('who may touch a draft', () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = (await admin.request('POST', '/api/v1/claims', m365Claim(tenantId, { name: 'private draft' }))).body.id;
  });

  it("hides it from another organisation entirely (404 on read, write and history)", async () => {
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    for (const [method, path, body] of [
      ['GET', `/api/v1/claims/${draftId}`],
      ['GET', `/api/v1/claims/${draftId}/history`],
      ['PATCH', `/api/v1/claims/${draftId}`, { name: 'hijack' }],
      ['DELETE', `/api/v1/claims/${draftId}`],
      ['POST', `/api/v1/claims/${draftId}/submit`],
      ['POST', `/api/v1/claims/${draftId}/validate`],
    ] as const) {
      const res = await fabrikam.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const row = await t.db.selectFrom('claims').select(['name', 'deleted_at']).where('id', '=', draftId).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'private draft', deleted_at: null });
  });

  it('lets a partner user read it but not change it', async () => {
    const user = await t.loginAs('partner.user@northwind.example');
    const read = await user.request('GET', `/api/v1/claims/${draftId}`);
    expect(read.status).toBe(200);
    expect(read.body.allowedActions).toEqual([]);
    expect((await user.request('PATCH', `/api/v1/claims/${draftId}`, { name: 'x' })).status).toBe(403);
    expect((await user.request('POST', `/api/v1/claims/${draftId}/submit`)).status).toBe(403);
    expect((await user.request('DELETE', `/api/v1/claims/${draftId}`)).status).toBe(403);
    expect((await user.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam })).status).toBe(403);
  });

  it("keeps a partner's unsubmitted draft from the vendor, who cannot create claims either", async () => {
    const reviewer = await t.loginAs('reviewer@vendor.example');
    expect((await reviewer.request('GET', `/api/v1/claims/${draftId}`)).status).toBe(404);
    expect((await reviewer.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam })).status).toBe(403);
  });
});
