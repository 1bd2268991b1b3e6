import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentWorkerLogger } from '../../src/db/migrate';
import { buildTaskList } from '../../src/jobs/index';
import { createLogger } from '../../src/lib/logger';
import { bizAppsClaim, demoTenant, FILES, historyTypes, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { nextWeekday, TEST_EPOCH } from '../helpers/test-epoch';

let t: TestApp;
let admin: TestClient;
let contoso: Awaited<ReturnType<typeof demoTenant>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  contoso = await demoTenant(t.db, 'contoso.nl');
});
afterAll(() => t.close());

async function draftWithPoe(body: Record<string, unknown>) {
  const id = (await admin.request('POST', '/api/v1/claims', body)).body.id as string;
  expect((await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
  return id;
}

const drainQueue = () =>
  runOnce({ pgPool: t.pool, taskList: buildTaskList({ db: t.db, clock: t.clock, config: t.config, logger: createLogger('silent') }), logger: silentWorkerLogger });

describe('submitting a claim', () => {
  it('answers 422 with every problem and leaves the draft as it was', async () => {
    const id = (await admin.request('POST', '/api/v1/claims', { locationId: m365Claim(contoso.tenantId).locationId, name: 'half done' })).body.id;
    const res = await admin.request('POST', `/api/v1/claims/${id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CLAIM_INVALID');
    expect(res.body.error.details.map((d: any) => d.code)).toEqual(expect.arrayContaining(['REQUIRED', 'POE_MISSING']));
    const row = await t.db.selectFrom('claims').select(['status', 'submitted_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'DRAFT', submitted_at: null });
    expect(await historyTypes(t.db, id)).toEqual(['CLAIM_CREATED', 'DRAFT_SAVED']);
  });

  it('moves a valid draft to UNDER_REVIEW with the subscription it picked, a history entry and a follow-up job', async () => {
    const id = await draftWithPoe(bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }]));
    const submittedAt = nextWeekday('tuesday', { time: '09:30', zone: 'UTC' });
    t.clock.set(submittedAt);
    const res = await admin.request('POST', `/api/v1/claims/${id}/submit`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'UNDER_REVIEW', submittedAt: submittedAt.toISOString(), programs: ['OSU_BIZAPPS'] });
    const powerBi = contoso.subscriptions.find((s) => s.product_code === 'POWER_BI_PRO')!;
    expect(res.body.lines).toEqual([{ productCode: 'POWER_BI_PRO', productName: 'Power BI Pro', subscriptionId: powerBi.id, subscriptionChosen: 'AUTOMATIC' }]);
    expect(res.body.allowedActions).toEqual(['comment', 'withdraw']);
    const row = await t.db.selectFrom('claims').select(['status', 'tenant_id']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'UNDER_REVIEW', tenant_id: contoso.tenantId });
    const history = await admin.request('GET', `/api/v1/claims/${id}/history`);
    const change = history.body.items.find((i: any) => i.event.type === 'STATUS_CHANGED');
    expect(change).toMatchObject({ occurredAt: submittedAt.toISOString(), actor: { type: 'USER', name: 'Nina de Vries' }, event: { from: 'DRAFT', to: 'UNDER_REVIEW' } });
    // The public jobs view omits payloads; the private table holds them.
    const jobs = await sql<{ payload: any }>`select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id where k.identifier = 'validate-submitted-claim'`.execute(t.db);
    expect(jobs.rows.map((j) => j.payload.claimId)).toContain(id);

    // The worker re-runs the checks and records the findings once, even when the job runs twice.
    await drainQueue();
    await sql`select graphile_worker.add_job('validate-submitted-claim', ${JSON.stringify({ claimId: id })}::json)`.execute(t.db);
    await drainQueue();
    const findings = (await admin.request('GET', `/api/v1/claims/${id}/history`)).body.items.filter((i: any) => i.event.type === 'VALIDATION_FINDINGS');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ actor: { type: 'SYSTEM' }, event: { valid: true, problems: [] } });
    t.clock.set(TEST_EPOCH);
  });

  it("can't be edited once submitted: PATCH, delete, document upload and removal answer 409", async () => {
    const id = await draftWithPoe(m365Claim(contoso.tenantId, { lines: [{ productCode: 'MICROSOFT_TEAMS' }] }));
    const docId = (await admin.request('GET', `/api/v1/claims/${id}`)).body.documents[0].id;
    expect((await admin.request('POST', `/api/v1/claims/${id}/submit`)).status).toBe(200);
    for (const res of [
      await admin.request('PATCH', `/api/v1/claims/${id}`, { name: 'changed' }),
      await admin.request('DELETE', `/api/v1/claims/${id}`),
      await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'more.pdf'),
      await admin.request('DELETE', `/api/v1/claims/${id}/documents/${docId}`),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CLAIM_NOT_EDITABLE');
    }
    const row = await t.db.selectFrom('claims').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.name).toBe('Contoso Teams rollout');
    expect(await t.db.selectFrom('claim_documents').select('id').where('claim_id', '=', id).execute()).toHaveLength(1);
  });

  it('submits once when two submits race: one 200, one 409 STATUS_CONFLICT, one history entry', async () => {
    const id = await draftWithPoe(m365Claim(contoso.tenantId, { lines: [{ productCode: 'MICROSOFT_365_APPS' }] }));
    const results = await Promise.all([admin.request('POST', `/api/v1/claims/${id}/submit`), admin.request('POST', `/api/v1/claims/${id}/submit`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('STATUS_CONFLICT');
    const changes = await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', id).where('type', '=', 'STATUS_CHANGED').execute();
    expect(changes).toHaveLength(1);
  });

  it('lets only one of two drafts on the same key through when both are submitted at once', async () => {
    const body = m365Claim(contoso.tenantId, { lines: [{ productCode: 'WINDOWS_365' }] });
    const a = await draftWithPoe(body);
    const b = await draftWithPoe(body);
    const results = await Promise.all([admin.request('POST', `/api/v1/claims/${a}/submit`), admin.request('POST', `/api/v1/claims/${b}/submit`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(results.find((r) => r.status === 422)!.body.error.details.map((d: any) => d.code)).toEqual(['DUPLICATE_OPEN_CLAIM']);
  });

  it('is refused to partner users and to the vendor', async () => {
    const id = await draftWithPoe(m365Claim(contoso.tenantId, { lines: [{ productCode: 'INTUNE' }] }));
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.request('POST', `/api/v1/claims/${id}/submit`)).status).toBe(403);
    const reviewer = await t.loginAs('program.admin@vendor.example');
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/submit`)).status).toBe(404);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('DRAFT');
  });

  it('shows a submitted claim to the vendor, read-only', async () => {
    const id = await draftWithPoe(m365Claim(contoso.tenantId, { lines: [{ productCode: 'ENTRA_ID_P1' }] }));
    await admin.request('POST', `/api/v1/claims/${id}/submit`);
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const res = await reviewer.request('GET', `/api/v1/claims/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.customer.name).toBe('Contoso Nederland');
    expect(res.body.allowedActions).toEqual(['comment', 'requestInfo', 'approve', 'reject', 'assign']);
  });
});
