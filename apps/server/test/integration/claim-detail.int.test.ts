import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaimRules } from '../../src/modules/claims/claim-rules';
import { getClaim } from '../../src/modules/claims/get-claim';
import { recordAutomatedValidation } from '../../src/modules/claims/record-automated-validation';
import { type Actor, findActorFields } from '../../src/modules/users/actor';
import { demoTenant, FILES, LOCATIONS } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let northwind: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let contoso: string;

beforeAll(async () => {
  t = await createTestApp();
  northwind = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(() => t.close());

/**
 * The statements `fn` sends to PostgreSQL (the in-process app is idle meanwhile), the catalogue's
 * once-a-second version check aside (callers warm the catalogue copy first with loadClaimRules).
 */
async function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T | undefined; error: unknown; statements: string[] }> {
  const statements: string[] = [];
  // The pool's own client class (db/prepared-statements.ts) carries the query every statement goes through.
  const proto = (t.pool as unknown as { options: { Client: typeof pg.Client } }).options.Client.prototype;
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
    if (!text.includes('"catalog_version"')) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), error: undefined, statements };
  } catch (error) {
    return { result: undefined, error, statements };
  } finally {
    proto.query = original;
  }
}

const actorOf = async (email: string): Promise<Actor> => {
  const user = await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return { ...(await findActorFields(t.db, user.id))!, via: 'session', csrfToken: null } as Actor;
};

const findings = async (claimId: string) =>
  (await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', claimId).where('type', '=', 'VALIDATION_FINDINGS').orderBy('id').execute()).map((r) => r.data);

describe('claim detail', () => {
  it('answers lines, documents, the comment thread and corrections from one statement; another organisation gets 404', async () => {
    const id = await submitClaim(northwind, contoso, { name: 'Detail Teams', lines: [{ productCode: 'MICROSOFT_TEAMS' }] });
    expect((await northwind.request('POST', `/api/v1/claims/${id}/comments`, { body: 'The SOW is attached.' })).status).toBe(201);
    t.clock.advance(60_000);
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/comments`, { body: 'Thanks, checking.' })).status).toBe(201);
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING'], message: 'Signature please.' })).status).toBe(200);
    t.clock.advance(3_600_000);
    const doc = await northwind.upload(`/api/v1/claims/${id}/documents`, FILES.png, 'signed.png');
    const corrections = { customerContact: { name: 'Carla Jansen', title: 'CIO', email: 'cio@contoso.nl' } };
    expect((await northwind.request('POST', `/api/v1/claims/${id}/respond`, { comment: 'Signed.', documentIds: [doc.body.id], corrections })).status).toBe(200);

    const res = await northwind.request('GET', `/api/v1/claims/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'UNDER_REVIEW', revision: 1, customerContact: corrections.customerContact, contested: false, createdBy: 'Nina de Vries' });
    expect(res.body.lines).toEqual([{ productCode: 'MICROSOFT_TEAMS', productName: 'Microsoft Teams', subscriptionId: null, subscriptionChosen: null }]);
    expect(res.body.commentThread.map((c: any) => [c.body, c.authorSide])).toEqual([['The SOW is attached.', 'PARTNER'], ['Thanks, checking.', 'VENDOR']]);
    const stored = await t.db.selectFrom('claim_documents').select(['id', 'uploaded_at', 'size_bytes']).where('claim_id', '=', id).orderBy('uploaded_at').execute();
    expect(res.body.documents.map((d: any) => [d.id, d.uploadedAt, d.sizeBytes, d.fileName])).toEqual([
      [stored[0]!.id, stored[0]!.uploaded_at.toISOString(), stored[0]!.size_bytes, 'sow.pdf'],
      [doc.body.id, stored[1]!.uploaded_at.toISOString(), FILES.png.length, 'signed.png'],
    ]);

    const partner = await actorOf('partner.admin@northwind.example');
    const read = await statementsOf(() => getClaim({ db: t.db, actor: partner, claimId: id, now: t.clock.now() }));
    expect(read.statements).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(read.result))).toEqual(res.body);

    expect(await fabrikam.request('GET', `/api/v1/claims/${id}`)).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    const stranger = await actorOf('partner.admin@fabrikam.example');
    const denied = await statementsOf(() => getClaim({ db: t.db, actor: stranger, claimId: id }));
    expect(denied.error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(denied.statements).toHaveLength(1);
  });
});

describe('automated check after submit', () => {
  it('records the findings of an uncontested claim once, in six statements', async () => {
    const id = await submitClaim(northwind, contoso, { name: 'Alone Viva', lines: [{ productCode: 'MICROSOFT_VIVA' }] });
    await loadClaimRules(t.db);
    const run = await statementsOf(() => recordAutomatedValidation({ db: t.db, clock: t.clock, claimId: id }));
    expect(run.error).toBeUndefined();
    expect(run.statements).toHaveLength(6);
    expect(await findings(id)).toEqual([{ type: 'VALIDATION_FINDINGS', valid: true, problems: [], contested: false }]);
    // The queued job (a retry, as far as it knows) adds nothing.
    await drainJobs(t);
    expect(await findings(id)).toHaveLength(1);
  });

  it('makes both claims on one key contested, reports the rival to neither, and a retry records nothing twice', async () => {
    const mine = await submitClaim(northwind, contoso, { name: 'Rival Exchange N', lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    const theirs = await submitClaim(fabrikam, contoso, { name: 'Rival Exchange F', locationId: LOCATIONS.fabrikamMunich, lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    await loadClaimRules(t.db);
    const first = await statementsOf(() => recordAutomatedValidation({ db: t.db, clock: t.clock, claimId: mine }));
    expect(first.error).toBeUndefined();
    // begin, lock, retry guard with the conflict candidates, facts, contested flags, findings, commit.
    expect(first.statements).toHaveLength(7);
    const flags = await t.db.selectFrom('claims').select(['id', 'contested']).where('id', 'in', [mine, theirs]).execute();
    expect(flags.map((f) => f.contested)).toEqual([true, true]);
    expect(await findings(mine)).toEqual([{ type: 'VALIDATION_FINDINGS', valid: true, problems: [], contested: true }]);
    const retried = await statementsOf(() => recordAutomatedValidation({ db: t.db, clock: t.clock, claimId: mine }));
    expect(retried.statements).toHaveLength(4);
    await drainJobs(t);
    expect(await findings(mine)).toHaveLength(1);
    expect(await findings(theirs)).toEqual([{ type: 'VALIDATION_FINDINGS', valid: true, problems: [], contested: true }]);
    const seen = await fabrikam.request('GET', `/api/v1/claims/${theirs}`);
    expect(seen.body.contested).toBe(true);
    expect(JSON.stringify(seen.body)).not.toContain('Northwind');
    // A claim that has moved on is left alone.
    expect((await reviewer.request('POST', `/api/v1/claims/${mine}/reject`, { reason: 'INSUFFICIENT_POE', message: 'Not signed.' })).status).toBe(200);
    const moved = await statementsOf(() => recordAutomatedValidation({ db: t.db, clock: t.clock, claimId: mine }));
    expect(moved.statements).toHaveLength(3);
    expect(await findings(mine)).toHaveLength(1);
  });
});
