import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { createDb, type Db } from '../../src/db/client';
import { ensureDatabase } from '../../src/db/ensure-database';
import { migrateToLatest } from '../../src/db/migrate';
import { seedDemoData } from '../../src/modules/demo/seed-demo-data';
import { buildApp } from '../../src/http/app';
import { createManualClock } from '../../src/lib/clock';
import { createLogger } from '../../src/lib/logger';
import { TEST_EPOCH } from './test-epoch';

/** The demo password every demo login shares in tests. */
export const DEMO_PASSWORD = 'associa-demo';

/** An answer as tests look at it. */
export type TestResponse<T = any> = { status: number; body: T; headers: Headers; text: string };

/** A caller: anonymous, signed in with a session cookie (CSRF handled), or with a bearer token. */
export type TestClient = {
  request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse<T>>;
  /** Sends one file as multipart/form-data in the field `file` (or `field`). */
  upload<T = any>(path: string, bytes: Uint8Array, fileName: string, field?: string): Promise<TestResponse<T>>;
  csrfToken: string | null;
};

/**
 * A real app on a random port over a fresh database cloned from the template, with a clock the
 * test controls (starting at the suite's epoch unless `now` is given). Call `close()` in afterAll.
 */
export async function createTestApp(options: { now?: Date; smtpUrl?: string; env?: Record<string, string>; adminUrl?: string } = {}) {
  // The run's shared cluster (a copy of its migrated, seeded template), or a test's own cluster.
  const adminUrl = options.adminUrl ?? inject('pgAdminUrl');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await ensureDatabase(adminUrl, name, options.adminUrl ? undefined : 'associa_template');
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const { db, pool } = createDb(url, 5);
  if (options.adminUrl) {
    await migrateToLatest({ db, pool });
    await seedDemoData({ db, password: 'associa-demo', now: TEST_EPOCH });
  }
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent-web-dir', PUBLIC_URL: 'https://associa.test', ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}), ...options.env });
  const clock = createManualClock(options.now ?? TEST_EPOCH);
  const logger = createLogger('silent');
  const app = await buildApp({ db, config, clock, logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const raw = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body instanceof FormData || body instanceof Uint8Array) {
      init.body = body as RequestInit['body'];
    } else if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await fetch(baseUrl + path, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  };

  const uploader =
    (headers: Record<string, string>) =>
    (path: string, bytes: Uint8Array, fileName: string, field = 'file') => {
      const form = new FormData();
      form.append(field, new Blob([bytes]), fileName);
      return raw('POST', path, form, headers);
    };

  const anonymous: TestClient = { request: raw, upload: uploader({}), csrfToken: null };

  /** A client that keeps the session cookie and CSRF token of an answer that signed someone in (login, accepted invitation). */
  const sessionFrom = (res: TestResponse): TestClient => {
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrfToken = res.body.csrfToken as string;
    return {
      csrfToken,
      request: (method, path, body, headers = {}) => raw(method, path, body, { cookie, 'x-csrf-token': csrfToken, ...headers }),
      upload: uploader({ cookie, 'x-csrf-token': csrfToken }),
    };
  };

  /** Signs in through the real login route and keeps the cookie and CSRF token. */
  const loginAs = async (email: string, password = DEMO_PASSWORD): Promise<TestClient> => {
    const res = await raw('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${res.text}`);
    return sessionFrom(res);
  };

  /** A client that sends `Authorization: Bearer <token>`. */
  const withToken = (token: string): TestClient => ({
    csrfToken: null,
    request: (method, path, body, headers = {}) => raw(method, path, body, { authorization: `Bearer ${token}`, ...headers }),
    upload: uploader({ authorization: `Bearer ${token}` }),
  });

  return {
    app,
    db: db as Db,
    pool,
    clock,
    config,
    baseUrl,
    anonymous,
    loginAs,
    sessionFrom,
    withToken,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
