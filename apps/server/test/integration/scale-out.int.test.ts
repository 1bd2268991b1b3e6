import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { ACTOR_CACHE_TTL_MS } from '../../src/modules/auth/actor-cache';
import { type ApiProcess, spawnApiProcess } from '../helpers/api-process';
import { LOCATIONS } from '../helpers/claim-fixtures';
import { seedConsentWindows, seedPartners } from '../helpers/seed-consent-windows';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/test-app';
import { spawnWorkerProcess, until } from '../helpers/worker-process';

// Two API processes and two worker processes on one database, as a load balancer would run them.
const WINDOWS = 30;
const FAILURES_PER_IP = 8;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let apis: ApiProcess[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp();
  const env = { DATABASE_URL: t.config.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL: 'https://associa.test' };
  for (let i = 0; i < 2; i++) children.push(spawnWorkerProcess({ ...env, WORKER_CONCURRENCY: '4' }));
  // The test plays the proxy in front of both APIs: its X-Forwarded-For names the client.
  apis = await Promise.all([0, 1].map(() => spawnApiProcess({ ...env, ASSOCIA_TRUST_PROXY: '127.0.0.1', ASSOCIA_LOGIN_FAILURES_PER_IP: String(FAILURES_PER_IP) })));
  children.push(...apis.map((a) => a.child));
}, 120_000);
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await t.close();
  await smtp.close();
});

type Answer = { status: number; body: any; headers: Headers };
async function call(api: ApiProcess, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(api.url + path, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}
const signIn = (api: ApiProcess, email: string, password: string, client: string) => call(api, 'POST', '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': client });

describe('two API and two worker processes on one PostgreSQL', () => {
  it('a session made on one API works on the other, an Idempotency-Key too, and signing out on one ends it on both', async () => {
    const [a, b] = apis as [ApiProcess, ApiProcess];
    const login = await signIn(a, 'partner.admin@northwind.example', DEMO_PASSWORD, '203.0.113.1');
    expect(login.status).toBe(200);
    const session = { cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': login.body.csrfToken as string };
    expect((await call(b, 'GET', '/api/v1/me', undefined, session)).body.user.email).toBe('partner.admin@northwind.example');
    const draft = await call(b, 'POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'made on B' }, { ...session, 'idempotency-key': 'scale-1' });
    expect(draft.status).toBe(201);
    // The same key through the other API answers the first answer: idempotency records are shared too.
    const replay = await call(a, 'POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'made on B' }, { ...session, 'idempotency-key': 'scale-1' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(draft.body.id);
    expect((await call(a, 'GET', `/api/v1/claims/${draft.body.id}`, undefined, session)).status).toBe(200);
    expect((await call(b, 'POST', '/api/v1/auth/logout', undefined, session)).status).toBe(204);
    // A write checks its caller in the database: refused at once. A read may reuse a caller A saw
    // moments ago until the change notice arrives (actor-cache.ts): within moments, well before its TTL.
    expect((await call(a, 'POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'after sign-out' }, session)).status).toBe(401);
    let status = 0;
    for (const end = Date.now() + ACTOR_CACHE_TTL_MS / 2; status !== 401 && Date.now() < end; ) {
      status = (await call(a, 'GET', '/api/v1/me', undefined, session)).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 10));
    }
    expect(status).toBe(401);
  });

  it('locks an address at the same count whichever API answers (10 failures from ten client addresses)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(apis[i % 2]!, 'reviewer2@vendor.example', `wrong-${i}`, `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const locked = await signIn(apis[0]!, 'reviewer2@vendor.example', DEMO_PASSWORD, '198.51.100.99');
    expect(locked.body.error.code).toBe('LOGIN_LOCKED');
  });

  it('slows one client address down across both APIs, seen through the trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_PER_IP + 1; i++) statuses.push((await signIn(apis[i % 2]!, `sprayed-${i}@partners.example`, 'Winter2026!', '203.0.113.7')).status);
    expect(statuses).toEqual([...Array(FAILURES_PER_IP).fill(401), 429]);
    const blocked = await signIn(apis[1]!, 'program.admin@vendor.example', DEMO_PASSWORD, '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    // Another client behind the same proxy is not held back by its neighbour.
    expect((await signIn(apis[0]!, 'program.admin@vendor.example', DEMO_PASSWORD, '203.0.113.8')).status).toBe(200);
  });

  it('activates each consent window once and hands each e-mail to SMTP once, with customers answering through both APIs', async () => {
    const partners = await seedPartners(t.db, { count: 3, prefix: 'Scale' });
    const closesAt = new Date(Date.now() + 4_000);
    const windows = await seedConsentWindows(t.db, { partners, count: WINDOWS, closesAt, prefix: 'Scale' });
    const ids = windows.map((w) => w.claimId);
    // Half the customers confirm; a third of those press the button on both APIs at the same moment.
    const confirming = windows.slice(0, WINDOWS / 2);
    const answers = await Promise.all(
      confirming.flatMap((w, i) => {
        const once = call(apis[i % 2]!, 'POST', `/api/v1/consent/${w.token}/confirm`, {});
        return i % 3 === 0 ? [once, call(apis[(i + 1) % 2]!, 'POST', `/api/v1/consent/${w.token}/confirm`, {})] : [once];
      }),
    );
    expect(answers.filter((r) => r.status >= 500)).toEqual([]);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(confirming.length);
    // The other half close unanswered: the workers' sweep activates them.
    await until('the windows to close', async () => Date.now() > closesAt.getTime() + 200, 10_000);
    await t.db.transaction().execute((trx) => enqueueJob(trx, sweepDeadlinesJob, {}));
    const count = async (status: string) => (await t.db.selectFrom('claims').select('id').where('id', 'in', ids).where('status', '=', status).execute()).length;
    await until('every window activated', async () => (await count('ACTIVE')) === WINDOWS, 40_000);
    const emails = () => t.db.selectFrom('outbound_emails').select(['id', 'state']).where('claim_id', 'in', ids).execute();
    await until('every message sent', async () => {
      const rows = await emails();
      return rows.length >= WINDOWS * 3 && rows.every((r) => r.state === 'SENT');
    }, 40_000);

    const activations = await t.db.selectFrom('claim_events').select('claim_id').where('claim_id', 'in', ids).where('type', '=', 'STATUS_CHANGED').execute();
    expect(activations).toHaveLength(WINDOWS);
    expect(new Set(activations.map((e) => e.claim_id)).size).toBe(WINDOWS);
    expect(await t.db.selectFrom('associations').select('id').where('claim_id', 'in', ids).where('status', '=', 'ACTIVE').execute()).toHaveLength(WINDOWS);
    const rows = await emails();
    const received = new Map<string, number>();
    for (const m of smtp.messages) received.set(m.messageId ?? '', (received.get(m.messageId ?? '') ?? 0) + 1);
    expect(rows.filter((r) => received.get(`<${r.id}@associa>`) !== 1)).toEqual([]);
    console.info(`scale-out: ${WINDOWS} windows (${confirming.length} confirmed through 2 APIs, ${answers.length - confirming.length} double presses), ${activations.length} activations, ${rows.length} e-mails each received once`);
  }, 90_000);
});
