import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainJobs } from '../helpers/run-jobs';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/test-app';
import { buildFixtures } from './access-matrix/fixtures';
import { bodyFor, hostileHeaders, operationsOf, pathParam, queryFor, type FuzzOperation, type FuzzRequest } from './fuzz/arbitraries';
import { sendFuzzRequest, signIn, type FuzzCaller } from './fuzz/send-fuzz-request';

/** Fixed seed and run count: the same requests every time, well under a minute. */
const SEED = 20_170_017;
const RUNS_PER_OPERATION = 80;
/** Operations that read a CSV / NDJSON file or a multipart upload get more: their parsers are the riskiest. */
const RUNS_PER_FILE_OPERATION = 240;

let t: TestApp;
let doc: Record<string, any>;
let callers: FuzzCaller[];
let ids: string[];

beforeAll(async () => {
  // Every request comes from its own address through the trusted loopback proxy, so per-address limits don't end the run early.
  t = await createTestApp({ env: { ASSOCIA_TRUST_PROXY: '127.0.0.1' } });
  const admins = { northwind: await t.loginAs('partner.admin@northwind.example'), fabrikam: await t.loginAs('partner.admin@fabrikam.example') };
  const programAdmin = await t.loginAs('program.admin@vendor.example');
  await buildFixtures(t, admins, programAdmin);
  // Bearer tokens for the admins (a fuzzed logout can't end them), sessions for the others.
  const token = async (client: typeof programAdmin) => (await client.request('POST', '/api/v1/tokens', { name: 'fuzz' })).body.token as string;
  callers = [
    { name: 'anonymous', headers: {} },
    { name: 'northwind admin (token)', headers: { authorization: `Bearer ${await token(admins.northwind)}` } },
    { name: 'program admin (token)', headers: { authorization: `Bearer ${await token(programAdmin)}` } },
    await signIn(t.baseUrl, 'reviewer@vendor.example', DEMO_PASSWORD),
    await signIn(t.baseUrl, 'partner.user@northwind.example', DEMO_PASSWORD),
    await signIn(t.baseUrl, 'partner.admin@fabrikam.example', DEMO_PASSWORD),
  ];
  // Real ids of every kind the paths and bodies name (not the callers' own users and tokens).
  const { rows } = await t.pool.query<{ id: string }>(`
    select id::text from claims union all select id::text from claim_documents union all select id::text from associations
    union all select id::text from webhook_endpoints union all select id::text from webhook_deliveries union all select id::text from bulk_claim_uploads
    union all select id::text from imports union all select id::text from invitations union all select id::text from partner_locations
    union all select id::text from organisations union all select tenant_id::text from customer_tenants union all select id::text from subscriptions
    union all select id::text from users where email like 'matrix.%'`);
  ids = rows.map((r) => r.id);
  await t.app.ready();
  doc = t.app.swagger() as unknown as Record<string, any>;
}, 180_000);
afterAll(() => t?.close());

/** The requests for one operation: hostile path parameters, query, body, media type and headers. */
function requestsFor(op: FuzzOperation): fc.Arbitrary<FuzzRequest> {
  const components = doc.components?.schemas ?? {};
  const params = fc.tuple(...op.pathParams.map((name) => pathParam(name, ids)));
  return fc
    .tuple(params, queryFor(op, components, ids), bodyFor(op, components, ids), hostileHeaders)
    .map(([values, query, { contentType, body }, headers]) => ({
      method: op.method,
      path: `/api/v1${op.pathParams.reduce((p, name, i) => p.replace(`{${name}}`, encodeURIComponent(values[i]!)), op.path)}`,
      query,
      contentType,
      body,
      headers,
    }));
}

describe('fuzz', () => {
  it('answers hostile requests to every operation in the OpenAPI document without a 5xx', async () => {
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(80);
    const failures: string[] = [];
    const byStatus = new Map<string, number>();
    let sent = 0;
    for (const [i, op] of operations.entries()) {
      const readsFile = op.bodyTypes.some((type) => type !== 'application/json');
      const requests = fc.sample(requestsFor(op), { seed: SEED + i, numRuns: readsFile ? RUNS_PER_FILE_OPERATION : RUNS_PER_OPERATION });
      for (const [j, req] of requests.entries()) {
        // A fuzzed sign-out must not end the session callers' sessions (it stays covered by anonymous and token callers).
        const pool = op.operationId === 'logout' ? callers.filter((c) => !c.headers.cookie) : callers;
        const caller = pool[j % pool.length]!;
        sent += 1;
        const answer = await sendFuzzRequest(t.baseUrl, caller, req, `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`);
        const family = String(answer.status);
        byStatus.set(family, (byStatus.get(family) ?? 0) + 1);
        if (answer.status === 'no answer' || answer.status >= 500) {
          const body = typeof req.body === 'string' ? req.body.slice(0, 200) : req.body instanceof Uint8Array ? `<${req.body.length} bytes>` : JSON.stringify(req.body)?.slice(0, 200);
          failures.push(`${op.operationId} as ${caller.name}: ${req.method} ${req.path.slice(0, 200)}${req.query.slice(0, 200)} [${req.contentType}] ${body} -> ${answer.status} ${answer.text}`);
        }
      }
    }
    // The server is still up and well after all of it.
    expect((await fetch(`${t.baseUrl}/api/v1/health`)).status).toBe(200);
    const fivexx = failures.length;
    console.log(`fuzz: ${operations.length} operations, ${sent} requests sent, ${fivexx} answered 5xx or not at all; by status: ${[...byStatus].sort().map(([s, n]) => `${s}×${n}`).join(' ')}`);
    for (const f of failures) console.log(`  ${f}`);
    expect(failures).toEqual([]);
  }, 120_000);

  it('runs the queued work of those requests (the accepted CSV and NDJSON imports among them) without a job error', async () => {
    // A quote inside an unquoted field (csv-parse's INVALID_OPENING_QUOTE, a code without the CSV_ prefix) is the file's fault.
    const programAdmin = callers.find((c) => c.name === 'program admin (token)')!;
    const badCsv = await fetch(`${t.baseUrl}/api/v1/imports?kind=tenants`, { method: 'POST', headers: { ...programAdmin.headers, 'content-type': 'text/csv' }, body: '{"tenant_id":"x"}\n' });
    expect(badCsv.status).toBe(202);
    const badCsvId = ((await badCsv.json()) as { id: string }).id;
    const queued = await t.pool.query<{ n: number }>(`select count(*)::int as n from graphile_worker.jobs`);
    await drainJobs(t);
    const errors = await t.pool.query<{ task_identifier: string; last_error: string }>(`select task_identifier, last_error from graphile_worker.jobs where last_error is not null`);
    const imports = await t.pool.query<{ status: string; failure_code: string | null; n: number }>(`select status, failure_code, count(*)::int as n from imports group by 1, 2 order by 1, 2`);
    console.log(`fuzz jobs: ${queued.rows[0]!.n} queued, ${errors.rows.length} failed; imports: ${imports.rows.map((r) => `${r.status}${r.failure_code ? `/${r.failure_code}` : ''}×${r.n}`).join(' ')}`);
    expect(errors.rows.map((r) => `${r.task_identifier}: ${r.last_error.slice(0, 300)}`)).toEqual([]);
    expect(imports.rows.filter((r) => r.status === 'QUEUED' || r.status === 'RUNNING' || r.failure_code === 'IMPORT_CRASHED')).toEqual([]);
    const bad = await t.db.selectFrom('imports').select(['status', 'failure_code']).where('id', '=', badCsvId).executeTakeFirstOrThrow();
    expect(bad).toEqual({ status: 'FAILED', failure_code: 'FILE_NOT_CSV' });
  }, 60_000);
});
