import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, LOCATIONS } from '../helpers/claim-fixtures';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../helpers/test-app';
import { until } from '../helpers/worker-process';

let t: TestApp;
let admin: TestClient;
let session: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const login = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'partner.admin@northwind.example', password: DEMO_PASSWORD });
  admin = t.sessionFrom(login);
  session = { cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': login.body.csrfToken };
  // Test-only levers on the real schema: a claim named 'slow …' takes 1.5 s to insert; a claim whose
  // name is in test_commit_failures fails at COMMIT (a deferred trigger), after all the work is done.
  await sql
    .raw(
      `create table test_commit_failures (name text primary key);
       create function test_slow_claims() returns trigger language plpgsql as $$
         begin if new.name like 'slow %' then perform pg_sleep(1.5); end if; return new; end $$;
       create trigger test_slow_claims before insert on claims for each row execute function test_slow_claims();
       create function test_fail_at_commit() returns trigger language plpgsql as $$
         begin if exists (select 1 from test_commit_failures f where f.name = new.name) then raise exception 'forced failure at commit'; end if; return null; end $$;
       create constraint trigger test_fail_at_commit after insert on claims deferrable initially deferred for each row execute function test_fail_at_commit();`,
    )
    .execute(t.db);
});
afterAll(() => t.close());

const claimsNamed = async (name: string) => (await t.db.selectFrom('claims').select('id').where('name', '=', name).execute()).length;
const keyRows = (key: string) => t.db.selectFrom('idempotency_keys').select(['status_code', 'request_hash']).where('key', '=', key).execute();
const heldClaims = async () => Number((await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = 1717 and granted`.execute(t.db)).rows[0]!.n);

describe('Idempotency-Key while the first request runs', () => {
  it('answers a second request with the same key 409 IDEMPOTENCY_IN_PROGRESS, then the first answer; the work happens once', async () => {
    const body = { locationId: LOCATIONS.northwindAmsterdam, name: 'slow concurrent draft' };
    const headers = { 'idempotency-key': 'concurrent-1' };
    const first = admin.request('POST', '/api/v1/claims', body, headers);
    await until('the first request to hold its key', async () => (await heldClaims()) === 1, 5_000);
    const during = await Promise.all([admin.request('POST', '/api/v1/claims', body, headers), admin.request('POST', '/api/v1/claims', body, headers)]);
    for (const res of during) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
      expect(res.headers.get('retry-after')).toBe('1');
    }
    // The claim row is part of the running transaction: nobody else sees it before it commits.
    expect(await keyRows('concurrent-1')).toEqual([]);
    const done = await first;
    expect(done.status).toBe(201);
    const again = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(done.body);
    expect(await claimsNamed('slow concurrent draft')).toBe(1);
    expect(await keyRows('concurrent-1')).toEqual([expect.objectContaining({ status_code: 201 })]);
  });
});

describe('Idempotency-Key and failures', () => {
  it('rolls back the work and the key together when the transaction fails after the work, so the retry does it once', async () => {
    const body = { locationId: LOCATIONS.northwindAmsterdam, name: 'fails at commit' };
    const headers = { 'idempotency-key': 'commit-fails-1' };
    await sql`insert into test_commit_failures values (${body.name})`.execute(t.db);
    const failed = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(await claimsNamed(body.name)).toBe(0);
    expect(await keyRows('commit-fails-1')).toEqual([]);
    expect(await heldClaims()).toBe(0);

    await sql`delete from test_commit_failures`.execute(t.db);
    const retried = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    const replayed = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(replayed.body.id).toBe(retried.body.id);
    expect(await claimsNamed(body.name)).toBe(1);
  });

  it('remembers a refusal made by the use case (a 4xx), and the use case’s partial work is not kept', async () => {
    const headers = { 'idempotency-key': 'refused-1' };
    const body = { locationId: randomUUID(), name: 'on a foreign location' };
    const refused = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const again = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(again.status).toBe(refused.status);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(refused.body);
    expect(await claimsNamed(body.name)).toBe(0);
  });
});

describe('Idempotency-Key on an upload', () => {
  const upload = (claimId: string, bytes: Uint8Array, key: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'sow.pdf');
    return fetch(`${t.baseUrl}/api/v1/claims/${claimId}/documents`, { method: 'POST', body: form, headers: { ...session, 'idempotency-key': key } });
  };

  it('compares the file’s content, not its length, and ignores the multipart boundary a retry changes', async () => {
    const claim = await admin.request('POST', '/api/v1/claims', { locationId: LOCATIONS.northwindAmsterdam, name: 'idempotent upload' });
    const first = await upload(claim.body.id, FILES.pdf, 'upload-1');
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as { id: string };
    // A retry encodes the form again (another random boundary): the same file is the same request.
    const retry = await upload(claim.body.id, FILES.pdf, 'upload-1');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retry.json()) as { id: string }).id).toBe(firstBody.id);
    // Another file of exactly the same length under the same key is another request.
    const other = Buffer.from(FILES.pdf);
    other[other.length - 2] = 'X'.charCodeAt(0);
    expect(other.length).toBe(FILES.pdf.length);
    const reused = await upload(claim.body.id, other, 'upload-1');
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const documents = await t.db.selectFrom('claim_documents').select('id').where('claim_id', '=', claim.body.id).execute();
    expect(documents).toHaveLength(1);
  });
});

describe('Idempotency-Key on a streamed import', () => {
  it('compares the streamed file byte for byte: the same file replays, another of the same length is 422, one import is stored', async () => {
    const programAdmin = await t.loginAs('program.admin@vendor.example');
    const file = (name: string) => `tenant_id,name,country,time_zone,domains\r\n${'3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b'},${name},DE,Europe/Berlin,cedar-idem.de\r\n`;
    const send = (body: string) => programAdmin.request('POST', '/api/v1/imports?kind=tenants', body, { 'content-type': 'text/csv', 'idempotency-key': 'import-1' });
    const first = await send(file('Cedar Labs'));
    expect(first.status).toBe(202);
    const retry = await send(file('Cedar Labs'));
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const reused = await send(file('Cedar Lads'));
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.db.selectFrom('imports').select('id').execute()).toHaveLength(1);
  });
});
