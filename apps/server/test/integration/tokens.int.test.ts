import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/lib/secrets';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { TEST_EPOCH } from '../helpers/test-epoch';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and the bearer token acts as its creator', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const created = await admin.request('POST', '/api/v1/tokens', { name: 'CRM sync', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    expect(secret).toMatch(/^assoc_/);
    const row = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const bearer = t.withToken(secret);
    const me = await bearer.request('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('partner.admin@northwind.example');
    expect(me.body.csrfToken).toBeNull();
    const locations = await bearer.request('GET', '/api/v1/locations');
    expect(locations.body.items.map((l: { mpnId: string }) => l.mpnId)).toEqual(['4412001', '4412002']);
    // Bearer requests need no CSRF token; a bearer token can't make more of itself (a leaked one can't multiply).
    const draft = await bearer.request('POST', '/api/v1/claims', { locationId: locations.body.items[0].id, name: 'Made with a token' });
    expect(draft.status).toBe(201);
    const another = await bearer.request('POST', '/api/v1/tokens', { name: 'second' });
    expect(another.status).toBe(403);
    expect(another.body.error.code).toBe('TOKEN_CANNOT_CREATE_TOKEN');
    t.clock.advance(1000);
    expect((await admin.request('POST', '/api/v1/tokens', { name: 'second' })).status).toBe(201);

    const list = await admin.request('GET', '/api/v1/tokens');
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(['second', 'CRM sync']);
    expect(JSON.stringify(list.body)).not.toContain(secret);
  });

  it('stops a revoked token at once', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const created = await admin.request('POST', '/api/v1/tokens', { name: 'to revoke' });
    const bearer = t.withToken(created.body.token);
    expect((await bearer.request('GET', '/api/v1/me')).status).toBe(200);
    expect((await admin.request('DELETE', `/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    const after = await bearer.request('GET', '/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
    const row = await t.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeInstanceOf(Date);
  });

  it('stops an expired token', async () => {
    const admin = await t.loginAs('program.admin@vendor.example');
    const created = await admin.request('POST', '/api/v1/tokens', { name: 'short', expiresInDays: 1 });
    const bearer = t.withToken(created.body.token);
    expect((await bearer.request('GET', '/api/v1/tenants')).status).toBe(200);
    t.clock.advance(2 * 24 * 60 * 60 * 1000);
    expect((await bearer.request('GET', '/api/v1/tenants')).status).toBe(401);
    t.clock.set(TEST_EPOCH);
  });

  it('refuses a malformed or unknown bearer token even when a valid cookie is present', async () => {
    expect((await t.withToken('assoc_nonsense').request('GET', '/api/v1/me')).status).toBe(401);
    const res = await t.anonymous.request('GET', '/api/v1/me', undefined, { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
  });

  it('denies partner users, and hides other organisations\' tokens', async () => {
    const user = await t.loginAs('partner.user@northwind.example');
    const denied = await user.request('POST', '/api/v1/tokens', { name: 'nope' });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    expect((await user.request('GET', '/api/v1/tokens')).status).toBe(403);
    expect(await t.db.selectFrom('api_tokens').select('id').where('name', '=', 'nope').execute()).toHaveLength(0);

    const northwind = await t.loginAs('partner.admin@northwind.example');
    const theirs = await northwind.request('POST', '/api/v1/tokens', { name: 'northwind only' });
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    const revoke = await fabrikam.request('DELETE', `/api/v1/tokens/${theirs.body.id}`);
    expect(revoke.status).toBe(404);
    const list = await fabrikam.request('GET', '/api/v1/tokens');
    expect(list.body.items.find((i: { id: string }) => i.id === theirs.body.id)).toBeUndefined();
    const row = await t.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', theirs.body.id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  it('validates the token request', async () => {
    const admin = await t.loginAs('partner.admin@fabrikam.example');
    const res = await admin.request('POST', '/api/v1/tokens', { name: '', expiresInDays: 9999 });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'expiresInDays']));
    expect((await admin.request('DELETE', '/api/v1/tokens/not-a-uuid')).status).toBe(400);
  });
});
