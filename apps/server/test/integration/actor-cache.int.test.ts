import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { buildApp } from '../../src/http/app';
import type { App } from '../../src/http/types';
import { createLogger } from '../../src/lib/logger';
import { ACTOR_CACHE_TTL_MS } from '../../src/modules/auth/actor-cache';
import { createTestApp, type TestApp } from '../helpers/test-app';

// Callers are cached per API process (issue 15) and forgotten on the database's change notices.
// These run two API apps on one database, as two processes would, and change things through
// one app or behind both apps' backs.
let t: TestApp;
let other: App;
let otherUrl: string;
let closeOther: () => Promise<void>;

/** The listeners of both apps are LISTENing (their caches are on). */
async function bothListening() {
  for (const end = Date.now() + 5000; Date.now() < end; ) {
    const r = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'associa-actor-changes' and state = 'idle' and query ilike 'listen%'`.execute(t.db);
    if (r.rows[0]!.n === 2) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the change listeners did not start');
}

/** `GET /api/v1/me` with `cookie` on the second app. */
const meOnOther = (cookie: string) => fetch(`${otherUrl}/api/v1/me`, { headers: { cookie } }).then((r) => r.status);

/** The status `probe` reaches within `withinMs` (polling), or its last one. */
async function statusWithin(probe: () => Promise<number>, want: number, withinMs: number): Promise<number> {
  let last = await probe();
  for (const end = Date.now() + withinMs; last !== want && Date.now() < end; ) {
    await new Promise((r) => setTimeout(r, 10));
    last = await probe();
  }
  return last;
}

async function signIn(email: string) {
  const res = await fetch(`${t.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'associa-demo' }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

beforeAll(async () => {
  t = await createTestApp();
  const { db } = createDb(t.config.databaseUrl!, 3);
  other = await buildApp({ db, config: t.config, clock: t.clock, logger: createLogger('silent') });
  await other.listen({ port: 0, host: '127.0.0.1' });
  otherUrl = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
  closeOther = async () => {
    await other.close();
    await db.destroy();
  };
  await bothListening();
});
afterAll(async () => {
  await closeOther();
  await t.close();
});

describe('cached callers', () => {
  it('a deactivation through one API process ends the session on the other before the cache would expire', async () => {
    const cookie = await signIn('partner.user@northwind.example');
    expect(await meOnOther(cookie)).toBe(200);
    expect(await meOnOther(cookie)).toBe(200);
    const admin = await t.loginAs('program.admin@vendor.example');
    const noah = (await t.db.selectFrom('users').select('id').where('email', '=', 'partner.user@northwind.example').executeTakeFirstOrThrow()).id;
    expect((await admin.request('PATCH', `/api/v1/users/${noah}`, { active: false })).status).toBe(200);
    // The notice reaches the other process within moments; the TTL alone would take ACTOR_CACHE_TTL_MS.
    expect(await statusWithin(() => meOnOther(cookie), 401, ACTOR_CACHE_TTL_MS / 2)).toBe(401);
    expect((await admin.request('PATCH', `/api/v1/users/${noah}`, { active: true })).status).toBe(200);
  });

  it('a session deleted in SQL, behind both apps, stops working on both', async () => {
    const cookie = await signIn('partner.admin@northwind.example');
    expect(await meOnOther(cookie)).toBe(200);
    const mine = () => fetch(`${t.baseUrl}/api/v1/me`, { headers: { cookie } }).then((r) => r.status);
    expect(await mine()).toBe(200);
    await sql`delete from sessions where user_id = (select id from users where email = 'partner.admin@northwind.example')`.execute(t.db);
    expect(await statusWithin(() => meOnOther(cookie), 401, ACTOR_CACHE_TTL_MS / 2)).toBe(401);
    expect(await statusWithin(mine, 401, ACTOR_CACHE_TTL_MS / 2)).toBe(401);
  });

  it('a change no notice announced is seen after the TTL at the latest, and the cache really answers meanwhile', async () => {
    const cookie = await signIn('partner.admin@fabrikam.example');
    expect(await meOnOther(cookie)).toBe(200);
    // Without its trigger the deletion is silent: the other process still knows the caller.
    await sql`alter table sessions disable trigger sessions_actor_changes`.execute(t.db);
    try {
      await sql`delete from sessions where user_id = (select id from users where email = 'partner.admin@fabrikam.example')`.execute(t.db);
    } finally {
      await sql`alter table sessions enable trigger sessions_actor_changes`.execute(t.db);
    }
    expect(await meOnOther(cookie)).toBe(200);
    await new Promise((r) => setTimeout(r, ACTOR_CACHE_TTL_MS));
    expect(await meOnOther(cookie)).toBe(401);
  });

  it('a listener whose connection is cut comes back, and notices work again', async () => {
    const before = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and application_name = 'associa-actor-changes'`.execute(t.db);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'associa-actor-changes'`.execute(t.db);
    await bothListening();
    const after = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and application_name = 'associa-actor-changes'`.execute(t.db);
    expect(after.rows.map((r) => r.pid).some((p) => before.rows.some((b) => b.pid === p))).toBe(false);
    const cookie = await signIn('reviewer@vendor.example');
    expect(await meOnOther(cookie)).toBe(200);
    await sql`update users set disabled_at = now() where email = 'reviewer@vendor.example'`.execute(t.db);
    expect(await statusWithin(() => meOnOther(cookie), 401, ACTOR_CACHE_TTL_MS / 2)).toBe(401);
  });
});
