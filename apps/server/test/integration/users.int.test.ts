import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';
import { auditOf } from '../helpers/account-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let programAdmin: TestClient;
let northwindAdmin: TestClient;
const NORTHWIND = deterministicUuid('org:northwind');
const FABRIKAM = deterministicUuid('org:fabrikam');
const user = (email: string) => deterministicUuid(`user:${email}`);
const NOAH = user('partner.user@northwind.example');
const NINA = user('partner.admin@northwind.example');
const FELIX = user('partner.admin@fabrikam.example');
const PRIYA = user('program.admin@vendor.example');

beforeAll(async () => {
  t = await createTestApp();
  programAdmin = await t.loginAs('program.admin@vendor.example');
  northwindAdmin = await t.loginAs('partner.admin@northwind.example');
});
afterAll(() => t.close());

const patch = (by: TestClient, id: string, body: Record<string, unknown>) => by.request('PATCH', `/api/v1/users/${id}`, body);

describe('users', () => {
  it("lists a partner admin's own organisation only, and everyone, filtered, for a program admin", async () => {
    const own = await northwindAdmin.request('GET', '/api/v1/users');
    expect(own.status).toBe(200);
    expect(own.body.items.map((u: { email: string }) => u.email)).toEqual(['partner.admin@northwind.example', 'partner.user@northwind.example']);
    expect(own.body.items[0]).toMatchObject({ name: 'Nina de Vries', role: 'PARTNER_ADMIN', active: true, organisation: { id: NORTHWIND, kind: 'PARTNER' }, deactivatedAt: null, lastSignInAt: expect.any(String) });
    expect((await northwindAdmin.request('GET', `/api/v1/users?organisationId=${FABRIKAM}`)).body.items).toEqual([]);

    const all = await programAdmin.request('GET', '/api/v1/users?limit=3');
    expect(all.body.items).toHaveLength(3);
    const rest = await programAdmin.request('GET', `/api/v1/users?limit=200&cursor=${all.body.nextCursor}`);
    expect(all.body.items.length + rest.body.items.length).toBe(6);
    expect((await programAdmin.request('GET', `/api/v1/users?organisationId=${FABRIKAM}`)).body.items.map((u: { id: string }) => u.id)).toEqual([FELIX]);
    expect((await programAdmin.request('GET', '/api/v1/users?role=REVIEWER')).body.items.map((u: { email: string }) => u.email).sort()).toEqual(['reviewer2@vendor.example', 'reviewer@vendor.example']);
    expect((await programAdmin.request('GET', '/api/v1/users?q=bakker')).body.items.map((u: { id: string }) => u.id)).toEqual([NOAH]);
    expect((await programAdmin.request('GET', '/api/v1/users?active=false')).body.items).toEqual([]);

    for (const email of ['reviewer@vendor.example', 'partner.user@northwind.example']) {
      const other = await t.loginAs(email);
      expect((await other.request('GET', '/api/v1/users')).status).toBe(403);
      expect((await patch(other, NOAH, { active: false })).status).toBe(403);
    }
  });

  it('lets a partner admin change roles in its own organisation, within partner roles, with an audit entry', async () => {
    const promoted = await patch(northwindAdmin, NOAH, { role: 'PARTNER_ADMIN' });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    expect(promoted.body).toMatchObject({ id: NOAH, role: 'PARTNER_ADMIN', active: true });
    const [entry] = await auditOf(t.db, NOAH);
    expect(entry).toMatchObject({ action: 'USER_ROLE_CHANGED', actor_user_id: NINA, target_type: 'USER', target_organisation_id: NORTHWIND, details: { before: 'PARTNER_USER', after: 'PARTNER_ADMIN' }, ip: '127.0.0.1' });

    expect((await patch(northwindAdmin, NOAH, { role: 'REVIEWER' })).status).toBe(403);
    // Someone outside the caller's organisation is not there for them.
    const foreign = await patch(northwindAdmin, FELIX, { role: 'PARTNER_USER' });
    expect(foreign.status).toBe(404);
    expect((await patch(northwindAdmin, deterministicUuid('user:nobody'), { active: false })).status).toBe(404);
    const misfit = await patch(programAdmin, NOAH, { role: 'REVIEWER' });
    expect(misfit.status).toBe(400);
    expect(misfit.body.error.details).toContainEqual(expect.objectContaining({ path: 'role', code: 'ROLE_NOT_FOR_ORGANISATION' }));
    expect((await patch(programAdmin, NOAH, {})).status).toBe(400);
    expect((await t.db.selectFrom('users').select('role').where('id', '=', NOAH).executeTakeFirstOrThrow()).role).toBe('PARTNER_ADMIN');
  });

  it("ends a deactivated user's session and API token at once, and reactivation lets them sign in again", async () => {
    const noah = await t.loginAs('partner.user@northwind.example');
    const created = await noah.request('POST', '/api/v1/tokens', { name: 'Sync', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const bearer = t.withToken(created.body.token);
    expect((await bearer.request('GET', '/api/v1/me')).status).toBe(200);

    const off = await patch(programAdmin, NOAH, { active: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    expect((await noah.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await bearer.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'partner.user@northwind.example', password: 'associa-demo' })).status).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', NOAH).execute()).toHaveLength(0);
    expect((await programAdmin.request('GET', '/api/v1/users?active=false')).body.items.map((u: { id: string }) => u.id)).toEqual([NOAH]);

    const on = await patch(northwindAdmin, NOAH, { active: true });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ active: true, deactivatedAt: null });
    expect((await t.loginAs('partner.user@northwind.example').then((c) => c.request('GET', '/api/v1/me'))).status).toBe(200);
    // The token was revoked with the deactivation; it does not come back.
    expect((await bearer.request('GET', '/api/v1/me')).status).toBe(401);
    const actions = (await auditOf(t.db, NOAH)).map((e) => [e.action, e.actor_name]);
    expect(actions.slice(-2)).toEqual([['USER_DEACTIVATED', 'Priya Raman'], ['USER_REACTIVATED', 'Nina de Vries']]);
  });

  it("never removes an organisation's last active admin: 409 LAST_ADMIN", async () => {
    const felix = await t.loginAs('partner.admin@fabrikam.example');
    const self = await patch(felix, FELIX, { role: 'PARTNER_USER' });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('LAST_ADMIN');
    expect((await patch(programAdmin, FELIX, { active: false })).body.error.code).toBe('LAST_ADMIN');
    expect((await patch(programAdmin, PRIYA, { role: 'REVIEWER' })).body.error.code).toBe('LAST_ADMIN');
    expect((await patch(programAdmin, PRIYA, { active: false })).body.error.code).toBe('LAST_ADMIN');
    const rows = await t.db.selectFrom('users').select(['role', 'disabled_at']).where('id', 'in', [FELIX, PRIYA]).execute();
    expect(rows.every((r) => r.disabled_at === null && r.role.endsWith('ADMIN'))).toBe(true);
    expect(await auditOf(t.db, FELIX)).toEqual([]);
  });

  it('keeps one admin however many concurrent demotions race for the last ones', async () => {
    const extra = await t.db
      .insertInto('users')
      .values(Array.from({ length: 5 }, (_, i) => ({ organisation_id: FABRIKAM, email: `admin${i}@fabrikam.example`, name: `Admin ${i}`, role: 'PARTNER_ADMIN' as const, password_hash: 'x' })))
      .returning('id')
      .execute();
    const ids = [FELIX, ...extra.map((r) => r.id)];
    const answers = await Promise.all(ids.map((id, i) => patch(programAdmin, id, i % 2 ? { active: false } : { role: 'PARTNER_USER' })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('LAST_ADMIN');
    const admins = await t.db.selectFrom('users').select('id').where('organisation_id', '=', FABRIKAM).where('role', '=', 'PARTNER_ADMIN').where('disabled_at', 'is', null).execute();
    expect(admins).toHaveLength(1);
  });
});
