import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, m365Claim } from '../helpers/claim-fixtures';
import { startRestartableCluster } from '../helpers/restartable-cluster';
import { submitClaim } from '../helpers/review-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { spawnWorkerProcess, until } from '../helpers/worker-process';

let cluster: Awaited<ReturnType<typeof startRestartableCluster>>;
let t: TestApp;
let admin: TestClient;
let worker: ChildProcess;
let contoso: string;
beforeAll(async () => {
  cluster = await startRestartableCluster();
  t = await createTestApp({ adminUrl: cluster.adminUrl });
  admin = await t.loginAs('partner.admin@northwind.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
  worker = spawnWorkerProcess({ DATABASE_URL: t.config.databaseUrl, WORKER_STALE_SECONDS: '5' });
}, 120_000);
afterAll(async () => {
  worker?.kill('SIGKILL');
  await t?.close();
  await cluster?.close();
});

const historyOf = async (claimId: string) => (await t.db.selectFrom('claim_events').select('type').where('claim_id', '=', claimId).execute()).map((e) => e.type);

describe('PostgreSQL restarted under load', () => {
  it('answers 503 with a code while it is down, then the server and the worker recover by themselves, and nothing acknowledged is lost', async () => {
    const before = await submitClaim(admin, contoso, { name: 'Before the restart', lines: [{ productCode: 'MICROSOFT_TEAMS' }] });
    await until('the worker validated the claim submitted before the restart', async () => (await historyOf(before)).includes('VALIDATION_FINDINGS'), 30_000);

    // Load while the database goes away: every answer is either a success or a 503 with a code.
    let stopped = false;
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    const load = (async () => {
      for (let i = 0; !stopped; i += 1) {
        const res = await admin.request('POST', '/api/v1/claims', m365Claim(contoso, { name: `Under load ${i}`, lines: [{ productCode: 'INTUNE' }] }));
        statuses.push(res.status);
        if (res.status === 201) acknowledged.push(res.body.id);
        else expect(res.body.error.code, res.text).toBe('DATABASE_UNAVAILABLE');
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await cluster.stop();
    const down = await admin.request('GET', '/api/v1/claims');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.headers.get('retry-after')).toBe('5');
    expect((await t.anonymous.request('GET', '/api/v1/health')).status).toBe(503);
    await new Promise((r) => setTimeout(r, 500));
    await cluster.start();
    await until('the API answers again', async () => (await admin.request('GET', '/api/v1/claims')).status === 200, 30_000);
    stopped = true;
    await load;
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);

    // Every acknowledged write is there; the session made before the restart still works.
    const rows = await t.db.selectFrom('claims').select('id').where('id', 'in', [before, ...acknowledged]).execute();
    expect(rows).toHaveLength(acknowledged.length + 1);
    // The worker, never restarted, picks up work submitted after the database came back.
    expect(worker.exitCode).toBeNull();
    const after = await submitClaim(admin, contoso, { name: 'After the restart', lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    await until('the worker validated the claim submitted after the restart', async () => (await historyOf(after)).includes('VALIDATION_FINDINGS'), 60_000);
  }, 150_000);
});
