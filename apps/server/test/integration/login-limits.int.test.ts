import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Every test signs in from 127.0.0.1: each starts with that address's failures forgotten.
beforeEach(async () => {
  await sql`delete from rate_limits where key like 'login-ip:%'`.execute(t.db);
});

const LOGIN = '/api/v1/auth/login';
const attempt = (email: string, password: string, headers: Record<string, string> = {}) => t.anonymous.request('POST', LOGIN, { email, password }, headers);
const cookieOf = (res: { headers: Headers }) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
// Seconds differ by the instant; the rest of a lockout answer must be the same for any address.
const shape = (body: { error: { message: string } }) => ({ ...body, error: { ...body.error, message: body.error.message.replace(/\d+ seconds/, 'N seconds') } });

describe('account lockout', () => {
  it('locks an address after 10 failures, even for the right password, and answers an unknown address alike', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 10; i++) {
      known.push((await attempt('partner.user@fabrikam.example', `wrong-${i}`)).status);
      unknown.push((await attempt('nobody-at-all@fabrikam.example', `wrong-${i}`)).status);
    }
    expect(known).toEqual(Array(10).fill(401));
    expect(unknown).toEqual(Array(10).fill(401));
    const lockedKnown = await attempt('partner.user@fabrikam.example', DEMO_PASSWORD);
    const lockedUnknown = await attempt('nobody-at-all@fabrikam.example', DEMO_PASSWORD);
    expect(lockedKnown.status).toBe(429);
    expect(lockedKnown.body.error.code).toBe('LOGIN_LOCKED');
    expect(lockedKnown.headers.getSetCookie()).toEqual([]);
    expect(Number(lockedKnown.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(lockedUnknown.status).toBe(429);
    expect(shape(lockedUnknown.body)).toEqual(shape(lockedKnown.body));
    expect(lockedUnknown.headers.get('retry-after')).toMatch(/^\d+$/);
    // Capitals do not make another address.
    expect((await attempt('Partner.User@FABRIKAM.example', DEMO_PASSWORD)).status).toBe(429);
  });

  it('doubles the lockout when the address is locked again within a day', async () => {
    const email = 'reviewer2@vendor.example';
    for (let i = 0; i < 10; i++) await attempt(email, `wrong-${i}`);
    const first = await attempt(email, 'wrong');
    expect(first.body.error.code).toBe('LOGIN_LOCKED');
    const firstWait = Number(first.headers.get('retry-after'));
    // The first lockout runs out (its counter expires); ten more failures lock it for twice as long.
    await sql`update rate_limits set expire = ${Date.now() - 1} where key like 'login-account:%'`.execute(t.db);
    expect((await attempt(email, DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await attempt(email, `again-${i}`)).status).toBe(401);
    const second = await attempt(email, 'wrong');
    expect(second.body.error.code).toBe('LOGIN_LOCKED');
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(firstWait * 2 - 2);
  });

  it('ends a run of failures with a success, so a person who mistypes now and then is never locked', async () => {
    const email = 'partner.admin@fabrikam.example';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await attempt(email, `typo-${i}`)).status).toBe(401);
      expect((await attempt(email, DEMO_PASSWORD)).status).toBe(200);
    }
  });

  it('counts parallel guesses before checking them: of 16 at once against one address, exactly 10 are checked', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => attempt('parallel-guess@vendor.example', `guess-${i}`)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(6).fill(429)]);
  });
});

describe('session rotation at sign-in', () => {
  it('ends the session a browser carried when it signs in again, whoever it belonged to', async () => {
    const first = await attempt('partner.admin@northwind.example', DEMO_PASSWORD);
    const before = cookieOf(first);
    expect((await t.anonymous.request('GET', '/api/v1/me', undefined, { cookie: before })).status).toBe(200);
    const again = await t.anonymous.request('POST', LOGIN, { email: 'partner.user@northwind.example', password: DEMO_PASSWORD }, { cookie: before });
    expect(again.status).toBe(200);
    const after = cookieOf(again);
    expect(after).not.toBe(before);
    expect((await t.anonymous.request('GET', '/api/v1/me', undefined, { cookie: before })).status).toBe(401);
    const me = await t.anonymous.request('GET', '/api/v1/me', undefined, { cookie: after });
    expect(me.body.user.email).toBe('partner.user@northwind.example');
    expect(me.body.csrfToken).not.toBe(first.body.csrfToken);
  });
});

describe('password spraying from one client address', () => {
  it('makes the address wait after 50 failures across many accounts, and X-Forwarded-For does not help without a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60 && !statuses.includes(429); i++) {
      // Every guess claims another client address; no proxy is trusted by default, so it is ignored.
      statuses.push((await attempt(`spray-${i}@partners.example`, 'Summer2026!', { 'x-forwarded-for': `198.51.100.${i}` })).status);
    }
    expect(statuses.slice(0, 50)).toEqual(Array(50).fill(401));
    expect(statuses.at(-1)).toBe(429);
    expect(statuses).toHaveLength(51);
    const blocked = await attempt('program.admin@vendor.example', DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    // The counters are rows in PostgreSQL (shared by every API process), keyed by digests, not addresses.
    const keys = await sql<{ key: string }>`select key from rate_limits where key like 'login-%'`.execute(t.db);
    expect(keys.rows.length).toBeGreaterThan(50);
    expect(keys.rows.some((r) => r.key.includes('@'))).toBe(false);
  });
});
