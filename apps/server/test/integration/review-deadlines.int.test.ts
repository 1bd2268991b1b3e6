import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { addBusinessDays, addCalendarDays } from '../../src/lib/business-days';
import { demoTenant, LOCATIONS } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs, runJob } from '../helpers/run-jobs';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { AMSTERDAM, nextWeekday, shift } from '../helpers/test-epoch';

let t: TestApp;
let contoso: string;
const TUESDAY = nextWeekday('tuesday');
// The partner's 14 business days to respond, and the vendor's to decide, both end here.
const DUE = addBusinessDays(TUESDAY, 14, AMSTERDAM);
beforeAll(async () => {
  t = await createTestApp({ now: TUESDAY });
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(() => t.close());

const events = async (id: string, type: string) => t.db.selectFrom('claim_events').select(['data', 'actor_type']).where('claim_id', '=', id).where('type', '=', type).execute();

describe('deadlines passing', () => {
  it('rejects an unanswered information request with NO_PARTNER_RESPONSE exactly once', async () => {
    t.clock.set(TUESDAY);
    const admin = await t.loginAs('partner.admin@northwind.example');
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const id = await submitClaim(admin, contoso, { lines: [{ productCode: 'MICROSOFT_TEAMS' }] });
    await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['POE_MISSING'], message: 'Please attach the SOW.' });
    // One minute before the deadline nothing happens.
    t.clock.set(shift(DUE, { minutes: -1 }));
    await runJob(t, sweepDeadlinesJob);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('ACTION_REQUIRED');
    const passed = shift(DUE, { hours: 1 });
    t.clock.set(passed);
    await runJob(t, sweepDeadlinesJob);
    await runJob(t, sweepDeadlinesJob);
    const row = await t.db.selectFrom('claims').select(['status', 'rejection_reason', 'dispute_due_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'REJECTED', rejection_reason: 'NO_PARTNER_RESPONSE' });
    expect(row.dispute_due_at).toEqual(addCalendarDays(passed, 30));
    const rejections = (await events(id, 'STATUS_CHANGED')).filter((e: any) => e.data.to === 'REJECTED');
    expect(rejections).toEqual([{ actor_type: 'SYSTEM', data: expect.objectContaining({ from: 'ACTION_REQUIRED', reason: 'NO_PARTNER_RESPONSE' }) }]);
  });

  it('leaves a claim alone when the partner answered before the sweep ran', async () => {
    t.clock.set(TUESDAY);
    const admin = await t.loginAs('partner.admin@northwind.example');
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const id = await submitClaim(admin, contoso, { lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['POE_MISSING'], message: 'SOW?' });
    await admin.request('POST', `/api/v1/claims/${id}/respond`, { comment: 'Attached now.' });
    t.clock.set(shift(DUE, { hours: 1 }));
    await runJob(t, sweepDeadlinesJob);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('UNDER_REVIEW');
  });

  it('flags a review past its target as late once, and the queue can filter on it', async () => {
    t.clock.set(TUESDAY);
    const admin = await t.loginAs('partner.admin@northwind.example');
    const id = await submitClaim(admin, contoso, { lines: [{ productCode: 'INTUNE' }] });
    t.clock.set(shift(DUE, { hours: 7 }));
    await runJob(t, sweepDeadlinesJob);
    await runJob(t, sweepDeadlinesJob);
    expect(await events(id, 'REVIEW_LATE')).toHaveLength(1);
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const late = await reviewer.request('GET', '/api/v1/review/queue?late=true');
    expect(late.body.items.map((i: any) => i.id)).toContain(id);
    expect(late.body.items.find((i: any) => i.id === id)).toMatchObject({ isLate: true, partnerName: 'Northwind Traders' });
  });
});

describe('the review queue', () => {
  it('lists open claims, the one due soonest first, for vendor staff only', async () => {
    t.clock.set(nextWeekday('monday', { from: TUESDAY }));
    const admin = await t.loginAs('partner.admin@northwind.example');
    const first = await submitClaim(admin, contoso, { lines: [{ productCode: 'ONEDRIVE' }] });
    t.clock.advance(86_400_000);
    const second = await submitClaim(admin, contoso, { lines: [{ productCode: 'WINDOWS_365' }] });
    const reviewer = await t.loginAs('reviewer2@vendor.example');
    const res = await reviewer.request('GET', '/api/v1/review/queue?status=UNDER_REVIEW');
    const ids = res.body.items.map((i: any) => i.id);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    const dues = res.body.items.map((i: any) => i.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect((await admin.request('GET', '/api/v1/review/queue')).status).toBe(403);
    // Paging one at a time visits every claim once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await reviewer.request('GET', `/api/v1/review/queue?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((i: any) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([first, second]));
    // So does paging through one status (its own index and sort key).
    const underReview: string[] = [];
    cursor = null;
    do {
      const page: any = await reviewer.request('GET', `/api/v1/review/queue?status=UNDER_REVIEW&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      underReview.push(...page.body.items.map((i: any) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(underReview).toEqual(ids);
  });

  it('lets a reviewer assign a claim to themselves and filter on it', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const id = await submitClaim(admin, contoso, { lines: [{ productCode: 'MICROSOFT_VIVA' }] });
    const reviewer = await t.loginAs('reviewer2@vendor.example');
    const assigned = await reviewer.request('POST', `/api/v1/claims/${id}/assign`);
    expect(assigned.body.assignedReviewer).toMatchObject({ name: 'Rita Costa' });
    const mine = await reviewer.request('GET', '/api/v1/review/queue?assignedTo=me');
    expect(mine.body.items.map((i: any) => i.id)).toEqual([id]);
    expect((await admin.request('POST', `/api/v1/claims/${id}/assign`)).status).toBe(403);
    await reviewer.request('POST', `/api/v1/claims/${id}/unassign`);
    expect((await reviewer.request('GET', '/api/v1/review/queue?assignedTo=me')).body.items).toEqual([]);
  });
});

describe('contested claims', () => {
  it("marks both partners' claims on one key contested, without telling either who the other is", async () => {
    t.clock.set(shift(TUESDAY, { days: 7 }));
    const northwind = await t.loginAs('partner.admin@northwind.example');
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    const theirs = await submitClaim(northwind, contoso, { lines: [{ productCode: 'MICROSOFT_PURVIEW' }] });
    const ours = await submitClaim(fabrikam, contoso, { lines: [{ productCode: 'MICROSOFT_PURVIEW' }], locationId: LOCATIONS.fabrikamMunich });
    await drainJobs(t);
    const fab = await fabrikam.request('GET', `/api/v1/claims/${ours}`);
    expect(fab.body.contested).toBe(true);
    expect(JSON.stringify(fab.body)).not.toMatch(/Northwind|4412001/);
    const history = await fabrikam.request('GET', `/api/v1/claims/${ours}/history`);
    expect(JSON.stringify(history.body)).not.toMatch(/Northwind|4412001/);
    expect((await northwind.request('GET', `/api/v1/claims/${theirs}`)).body.contested).toBe(true);
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const contested = await reviewer.request('GET', '/api/v1/review/queue?contested=true');
    expect(contested.body.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([theirs, ours]));
    // The program filter (written into the query's text) keeps a program's claims and only those.
    const m365 = await reviewer.request('GET', '/api/v1/review/queue?program=OSU_M365&limit=100');
    expect(m365.body.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([theirs, ours]));
    expect(m365.body.items.every((i: any) => i.programs.includes('OSU_M365'))).toBe(true);
    const bizApps = await reviewer.request('GET', '/api/v1/review/queue?program=OSU_BIZAPPS&limit=100');
    expect(bizApps.status).toBe(200);
    expect(bizApps.body.items.map((i: any) => i.id)).not.toContain(ours);
    const bad = await reviewer.request('GET', '/api/v1/review/queue?program=OSU_M365%27--');
    expect([bad.status, bad.body.error?.code ?? bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
