import type { AliasNode, KyselyPlugin, RawNode, SelectQueryNode, TableNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlines, loadDeadlineBasis } from '../../src/modules/claims/claim-deadlines';
import { getClaimFieldsForActor } from '../../src/modules/claims/claim-input';
import { loadClaimRules } from '../../src/modules/claims/claim-rules';
import { submitClaim } from '../../src/modules/claims/submit-claim';
import { validateClaim } from '../../src/modules/claims/validate-claim';
import { validateStoredClaim } from '../../src/modules/claims/validate-stored-claim';
import { type Actor, findActorFields } from '../../src/modules/users/actor';
import { bizAppsClaim, demoTenant, FILES } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let actor: Actor;
let contoso: Awaited<ReturnType<typeof demoTenant>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  contoso = await demoTenant(t.db, 'contoso.nl');
  const user = await t.db.selectFrom('users').select('id').where('email', '=', 'partner.admin@northwind.example').executeTakeFirstOrThrow();
  actor = { ...(await findActorFields(t.db, user.id))!, via: 'session', csrfToken: null } as Actor;
});
afterAll(() => t.close());

/** What a statement is about: the start of a raw statement's text, or a built one's kind and first table. */
function statementLabel(node: Parameters<KyselyPlugin['transformQuery']>[0]['node']): string {
  if (node.kind === 'RawNode') return (node as RawNode).sqlFragments.join('$').replace(/\s+/g, ' ').trim().slice(0, 30);
  const first = node.kind === 'SelectQueryNode' ? (node as SelectQueryNode).from?.froms[0] : undefined;
  const table = (first?.kind === 'AliasNode' ? (first as AliasNode).node : first) as TableNode | undefined;
  return `${node.kind} ${table?.table?.identifier?.name ?? ''}`.trim();
}

/** The db handle with every statement it sends recorded (transaction control and the catalogue's version check aside). */
function recording() {
  const statements: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      const what = statementLabel(args.node);
      if (what !== 'SelectQueryNode catalog_version') statements.push(what);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: t.db.withPlugin(plugin), statements };
}

describe('the facts of the entry checks', () => {
  it('are read with one statement for a body, and with the claim read for a stored draft', async () => {
    const rules = await loadClaimRules(t.db);
    const body = bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }]);
    const r = recording();
    const result = await validateClaim({ db: r.db, rules, actor, input: body as never, documentCount: 0 });
    expect(result.problems.map((p) => p.code)).toEqual(['POE_MISSING']);
    expect(r.statements).toHaveLength(1);

    const id = (await admin.request('POST', '/api/v1/claims', body)).body.id as string;
    expect((await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
    const s = recording();
    const { fields } = await getClaimFieldsForActor(s.db, actor, id);
    const stored = await validateStoredClaim({ db: s.db, rules, actor, claimId: id, fields, withDeadlines: true });
    expect(s.statements).toHaveLength(2);
    expect(stored).toMatchObject({ valid: true, problems: [], programs: ['OSU_BIZAPPS'], tenantId: contoso.tenantId });
    expect(stored.storedLines).toEqual([{ id: expect.any(String), productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null }]);
    // The same answer as the route that reads the draft.
    const route = await admin.request('POST', `/api/v1/claims/${id}/validate`);
    expect(route.body).toEqual({ valid: true, problems: [], programs: ['OSU_BIZAPPS'] });
  });

  it('give submit its review deadline and picked subscription: the line is updated in place', async () => {
    const id = (await admin.request('POST', '/api/v1/claims', bizAppsClaim(contoso.tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }]))).body.id as string;
    expect((await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
    const before = await t.db.selectFrom('claim_lines').select(['id']).where('claim_id', '=', id).executeTakeFirstOrThrow();
    const r = recording();
    await loadClaimRules(r.db); // the catalogue copy is cached per handle
    r.statements.length = 0;
    await submitClaim({ db: r.db, clock: t.clock, actor, claimId: id });
    // The claim read with its locks, the facts, the line; the rest is the status change's own.
    expect(r.statements.slice(0, 3)).toEqual(['SelectQueryNode claims', expect.stringMatching(/^with stored as/), expect.stringMatching(/^update claim_lines/)]);
    const claim = await t.db.selectFrom('claims').select(['status', 'programs', 'tenant_id', 'submitted_at', 'review_due_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ status: 'UNDER_REVIEW', programs: ['OSU_BIZAPPS'], tenant_id: contoso.tenantId });
    expect(claim.review_due_at).toEqual(deadlines.review(claim.submitted_at!, await loadDeadlineBasis(t.db, id)));
    const powerBi = contoso.subscriptions.filter((s) => s.product_code === 'POWER_BI_PRO' && s.channel !== 'CSP' && ['ACTIVE', 'GRACE'].includes(s.state));
    expect(powerBi).toHaveLength(1);
    const lines = await t.db.selectFrom('claim_lines').select(['id', 'subscription_id', 'subscription_chosen']).where('claim_id', '=', id).execute();
    expect(lines).toEqual([{ id: before.id, subscription_id: powerBi[0]!.id, subscription_chosen: 'AUTOMATIC' }]);
  });
});
