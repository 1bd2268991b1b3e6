import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addBusinessDays, addCalendarDays } from '../../src/lib/business-days';
import { demoTenant, FILES } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { AMSTERDAM, nextWeekday, shift } from '../helpers/test-epoch';

let t: TestApp;
let admin: TestClient;
let reviewer: TestClient;
let reviewer2: TestClient;
let contoso: string;
const products = ['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'ONEDRIVE', 'INTUNE', 'ENTRA_ID_P1', 'ENTRA_ID_P2', 'MICROSOFT_DEFENDER', 'MICROSOFT_PURVIEW', 'MICROSOFT_VIVA', 'WINDOWS_365', 'MICROSOFT_365_COPILOT', 'MICROSOFT_365_APPS'];
let next = 0;
const fresh = () => submitClaim(admin, contoso, { lines: [{ productCode: products[next++]! }] });
const TUESDAY = nextWeekday('tuesday');
const REVIEW_DUE = addBusinessDays(TUESDAY, 14, AMSTERDAM);
const CONSENT_CLOSES = addBusinessDays(TUESDAY, 5, AMSTERDAM);

beforeAll(async () => {
  t = await createTestApp({ now: TUESDAY });
  admin = await t.loginAs('partner.admin@northwind.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  reviewer2 = await t.loginAs('reviewer2@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
beforeEach(() => t.clock.set(TUESDAY));
afterAll(() => t.close());

const statusChanges = async (id: string) =>
  (await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', id).where('type', '=', 'STATUS_CHANGED').orderBy('id').execute()).map((r: any) => `${r.data.from}>${r.data.to}${r.data.reason ? `:${r.data.reason}` : ''}`);

describe('review decisions', () => {
  it('sets the review target 14 business days out in the customer\'s calendar', async () => {
    const id = await fresh();
    const claim = await admin.request('GET', `/api/v1/claims/${id}`);
    // A Tuesday + 14 Dutch business days, 23:59:59.999 in Amsterdam (lib/business-days.test.ts pins the rule).
    expect(claim.body.deadlines).toMatchObject({ reviewDueAt: REVIEW_DUE.toISOString(), isReviewLate: false });
    expect(claim.body.customerTimeZone).toBe('Europe/Amsterdam');
    t.clock.set(shift(REVIEW_DUE, { hours: 9 }));
    // The sessions have idled out by then: sign in again.
    const later = await t.loginAs('partner.admin@northwind.example');
    expect((await later.request('GET', `/api/v1/claims/${id}`)).body.deadlines.isReviewLate).toBe(true);
  });

  it('asks for information: ACTION_REQUIRED, reasons and message shown, response due in 14 business days', async () => {
    const id = await fresh();
    const res = await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING', 'DATES_MISSING_OR_OLD'], message: 'Please add the signed SOW.' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ACTION_REQUIRED');
    expect(res.body.informationRequest).toEqual({ reasons: ['CUSTOMER_SIGNATURE_MISSING', 'DATES_MISSING_OR_OLD'], message: 'Please add the signed SOW.' });
    expect(res.body.deadlines.responseDueAt).toBe(REVIEW_DUE.toISOString());
    const partnerView = await admin.request('GET', `/api/v1/claims/${id}`);
    expect(partnerView.body.allowedActions).toEqual(expect.arrayContaining(['respond', 'uploadDocument', 'withdraw']));
    expect(await statusChanges(id)).toEqual(['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>ACTION_REQUIRED:CUSTOMER_SIGNATURE_MISSING']);
  });

  it('takes the response as a new revision beside the original, with a new document and corrections', async () => {
    const id = await fresh();
    await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING'], message: 'Signature please.' });
    t.clock.advance(3_600_000);
    const doc = await admin.upload(`/api/v1/claims/${id}/documents`, FILES.png, 'signed.png');
    expect(doc.status).toBe(201);
    const res = await admin.request('POST', `/api/v1/claims/${id}/respond`, {
      comment: 'Signed version attached.',
      documentIds: [doc.body.id],
      corrections: { customerContact: { name: 'Carla Jansen', title: 'CIO', email: 'cio@contoso.nl' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'UNDER_REVIEW', revision: 1, customerContact: { title: 'CIO' }, informationRequest: null });
    expect(res.body.documents).toHaveLength(2);
    const revisions = await admin.request('GET', `/api/v1/claims/${id}/revisions`);
    expect(revisions.body.original.customerContact).toMatchObject({ title: 'IT manager' });
    expect(revisions.body.revisions).toEqual([expect.objectContaining({ revision: 1, kind: 'RESPONSE', comment: 'Signed version attached.', documentIds: [doc.body.id] })]);
    const stored = await t.db.selectFrom('claims').select(['customer_contact', 'revision']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ revision: 1, customer_contact: expect.objectContaining({ title: 'IT manager' }) });
    // The response's document is part of the claim now and cannot be removed.
    expect((await admin.request('DELETE', `/api/v1/claims/${id}/documents/${doc.body.id}`)).status).toBe(409);
  });

  it('refuses corrections outside the named fields', async () => {
    const id = await fresh();
    await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['PRODUCTS_MISSING'], message: 'Which products?' });
    const res = await admin.request('POST', `/api/v1/claims/${id}/respond`, { comment: 'x', corrections: { customer: { domain: 'other.com' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'corrections.customer', code: 'UNKNOWN_FIELD' });
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('ACTION_REQUIRED');
  });

  it('approves: CUSTOMER_CONSENT with the window closing at the end of the fifth business day', async () => {
    const id = await fresh();
    const res = await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('CUSTOMER_CONSENT');
    expect(res.body.deadlines.consentClosesAt).toBe(CONSENT_CLOSES.toISOString());
    const row = await t.db.selectFrom('claims').select('consent_closes_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.consent_closes_at).toEqual(CONSENT_CLOSES);
  });

  it('lets one of two reviewers approving at once win; the other gets 409', async () => {
    const id = await fresh();
    const results = await Promise.all([reviewer.request('POST', `/api/v1/claims/${id}/approve`, {}), reviewer2.request('POST', `/api/v1/claims/${id}/approve`, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await statusChanges(id)).toEqual(['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT']);
  });

  it('rejects with a reason; one dispute within 30 days goes to another reviewer', async () => {
    const id = await fresh();
    const rejected = await reviewer.request('POST', `/api/v1/claims/${id}/reject`, { reason: 'INSUFFICIENT_POE', message: 'The SOW is not signed.' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejection: { reason: 'INSUFFICIENT_POE', message: 'The SOW is not signed.' }, deadlines: { disputeDueAt: addCalendarDays(TUESDAY, 30).toISOString() } });
    const doc = await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'signed-sow.pdf');
    const disputed = await admin.request('POST', `/api/v1/claims/${id}/dispute`, { message: 'It is signed on page 3.', documentIds: [doc.body.id] });
    expect(disputed.body.status).toBe('DISPUTED');
    const same = await reviewer.request('POST', `/api/v1/claims/${id}/dispute-decision`, { outcome: 'OVERTURNED', message: 'ok' });
    expect(same.status).toBe(403);
    expect(same.body.error.code).toBe('SAME_REVIEWER');
    const decided = await reviewer2.request('POST', `/api/v1/claims/${id}/dispute-decision`, { outcome: 'OVERTURNED', message: 'Signature found on page 3.' });
    expect(decided.body).toMatchObject({ status: 'CUSTOMER_CONSENT', deadlines: { consentClosesAt: CONSENT_CLOSES.toISOString() } });
    expect(await statusChanges(id)).toEqual(['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>REJECTED:INSUFFICIENT_POE', 'REJECTED>DISPUTED', 'DISPUTED>CUSTOMER_CONSENT']);
  });

  it('refuses a second dispute and one after 30 days', async () => {
    const once = await fresh();
    await reviewer.request('POST', `/api/v1/claims/${once}/reject`, { reason: 'POE_UNAVAILABLE', message: 'Cannot open the file.' });
    await admin.request('POST', `/api/v1/claims/${once}/dispute`, { message: 'Try again please.' });
    const upheld = await reviewer2.request('POST', `/api/v1/claims/${once}/dispute-decision`, { outcome: 'UPHELD', message: 'Still unreadable.' });
    expect(upheld.body.status).toBe('REJECTED');
    expect(upheld.body.allowedActions).not.toContain('dispute');
    const again = await admin.request('POST', `/api/v1/claims/${once}/dispute`, { message: 'Once more.' });
    expect(again.status).toBe(409);

    const late = await fresh();
    await reviewer.request('POST', `/api/v1/claims/${late}/reject`, { reason: 'INSUFFICIENT_POE', message: 'No.' });
    t.clock.advance(31 * 24 * 3_600_000);
    const tooLate = await (await t.loginAs('partner.admin@northwind.example')).request('POST', `/api/v1/claims/${late}/dispute`, { message: 'Please reconsider.' });
    expect(tooLate.status).toBe(409);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', late).executeTakeFirstOrThrow()).status).toBe('REJECTED');
  });

  it('lets the partner withdraw an open claim, and not a rejected one', async () => {
    const id = await fresh();
    const res = await admin.request('POST', `/api/v1/claims/${id}/withdraw`, { message: 'Customer moved to another partner.' });
    expect(res.body.status).toBe('WITHDRAWN');
    expect(res.body.allowedActions).toEqual(['comment']);
    expect(await statusChanges(id)).toEqual(['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>WITHDRAWN:WITHDRAWN']);
  });
});

describe('who may decide', () => {
  let id: string;
  beforeAll(async () => {
    id = await fresh();
  });

  it('refuses reviewer actions to partners and partner actions to reviewers', async () => {
    for (const path of ['approve', 'reject', 'request-info', 'dispute-decision']) {
      const res = await admin.request('POST', `/api/v1/claims/${id}/${path}`, path === 'approve' ? {} : path === 'reject' ? { reason: 'INSUFFICIENT_POE', message: 'm' } : path === 'request-info' ? { reasons: ['POE_MISSING'], message: 'm' } : { outcome: 'UPHELD', message: 'm' });
      expect(res.status, path).toBe(403);
    }
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/withdraw`, {})).status).toBe(403);
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.request('POST', `/api/v1/claims/${id}/withdraw`, {})).status).toBe(403);
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    expect((await fabrikam.request('POST', `/api/v1/claims/${id}/withdraw`, {})).status).toBe(404);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('UNDER_REVIEW');
  });

  it('refuses decisions in the wrong state with 409', async () => {
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/dispute-decision`, { outcome: 'UPHELD', message: 'm' })).status).toBe(409);
    expect((await admin.request('POST', `/api/v1/claims/${id}/respond`, { comment: 'x' })).status).toBe(409);
    expect((await admin.request('POST', `/api/v1/claims/${id}/dispute`, { message: 'x' })).status).toBe(409);
  });

  it('validates decision bodies', async () => {
    const res = await reviewer.request('POST', `/api/v1/claims/${id}/reject`, { reason: 'BECAUSE', message: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: any) => d.path).sort()).toEqual(['message', 'reason']);
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: [], message: 'm' })).status).toBe(400);
  });
});
