import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { TEST_EPOCH } from '../helpers/test-epoch';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('opens a session with an httpOnly, SameSite=Lax cookie and answers the user, organisation and allowed actions', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'Partner.Admin@Northwind.example', password: 'associa-demo' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'partner.admin@northwind.example', role: 'PARTNER_ADMIN' });
    expect(res.body.organisation).toMatchObject({ name: 'Northwind Traders', kind: 'PARTNER' });
    expect(res.body.allowedActions).toEqual(expect.arrayContaining(['claims.create', 'locations.read', 'tokens.manage']));
    expect(res.body.allowedActions).not.toContain('directory.read');
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^associa_session=s_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await t.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select(['sessions.token_hash', 'users.email']).execute();
    const mine = rows.filter((r) => r.email === 'partner.admin@northwind.example');
    expect(mine.length).toBeGreaterThan(0);
    // Only the hash of the cookie's secret is stored.
    expect(mine.some((r) => r.token_hash === token)).toBe(false);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const wrong = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'partner.user@northwind.example', password: 'not-the-password' });
    const unknown = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'nobody@nowhere.example', password: 'associa-demo' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', '{"email": "a@b.example", ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('answers a missing field with 400 and a REQUIRED detail on that field', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'partner.admin@northwind.example' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', code: 'REQUIRED' }));
  });

  it('answers unknown fields and bad values with details for each', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'not-an-email', password: 'x', remember: true });
    expect(res.status).toBe(400);
    const codes = res.body.error.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(['remember:UNKNOWN_FIELD', 'email:INVALID_FORMAT']));
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', 'email=a&password=b', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('stops answering after too many attempts for one address', async () => {
    const attempt = () => t.anonymous.request('POST', '/api/v1/auth/login', { email: 'reviewer2@vendor.example', password: 'guess-guess' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await attempt();
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe('LOGIN_LOCKED');
    // Another address from the same client is not locked out.
    const other = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'reviewer@vendor.example', password: 'associa-demo' });
    expect(other.status).toBe(200);
  });
});

describe('sessions', () => {
  it('answers /me for the session and 401 without one', async () => {
    const anon = await t.anonymous.request('GET', '/api/v1/me');
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('UNAUTHENTICATED');
    const client = await t.loginAs('program.admin@vendor.example');
    const me = await client.request('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe('PROGRAM_ADMIN');
    expect(me.body.csrfToken).toBe(client.csrfToken);
    expect(me.body.allowedActions).toEqual(expect.arrayContaining(['directory.read', 'review.work', 'catalog.manage']));
  });

  it('refuses an unsafe cookie request without the CSRF token, and accepts it with the token', async () => {
    const client = await t.loginAs('partner.admin@fabrikam.example');
    const without = await client.request('POST', '/api/v1/tokens', { name: 'ci' }, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('CSRF_TOKEN_INVALID');
    const forged = await client.request('POST', '/api/v1/tokens', { name: 'ci' }, { 'x-csrf-token': 'forged' });
    expect(forged.status).toBe(403);
    const ok = await client.request('POST', '/api/v1/tokens', { name: 'ci' });
    expect(ok.status).toBe(201);
    const stored = await t.db.selectFrom('api_tokens').select('name').where('name', '=', 'ci').execute();
    expect(stored).toHaveLength(1);
  });

  it('signs out: the session row is gone and the cookie no longer works', async () => {
    const client = await t.loginAs('partner.user@northwind.example');
    const before = await t.db.selectFrom('sessions').select('id').execute();
    const out = await client.request('POST', '/api/v1/auth/logout');
    expect(out.status).toBe(204);
    const after = await t.db.selectFrom('sessions').select('id').execute();
    expect(after.length).toBe(before.length - 1);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('expires a session left idle past its lifetime', async () => {
    const client = await t.loginAs('reviewer@vendor.example');
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
    t.clock.advance(8 * 24 * 60 * 60 * 1000);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(401);
    t.clock.set(TEST_EPOCH);
  });
});
