import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, LOCATIONS } from '../helpers/claim-fixtures';
import { linkToken } from '../helpers/consent-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { nextWeekday } from '../helpers/test-epoch';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let reviewer2: TestClient;
let contoso: string;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ now: nextWeekday('tuesday'), smtpUrl: smtp.url });
  northwind = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  reviewer2 = await t.loginAs('reviewer2@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsTo = (to: string, subject: RegExp) => smtp.messages.filter((m) => m.to.includes(to) && subject.test(m.subject));
const view = (token: string) => t.anonymous.request('GET', `/api/v1/consent/${token}`);

async function approve(client: TestClient, overrides: Record<string, unknown>) {
  const id = await submitClaim(client, contoso, overrides);
  await drainJobs(t);
  expect((await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {})).status).toBe(200);
  await drainJobs(t);
  return id;
}

describe('customer links', () => {
  it('a new consent window (after a lost conflict is disputed and overturned) ends every link of the earlier one', async () => {
    await t.db.updateTable('programs').set({ conflict_rule: 'FIRST_VALID_WINS' }).where('code', '=', 'OSU_M365').execute();
    const first = await approve(northwind, { name: 'Links window one', lines: [{ productCode: 'INTUNE' }], customerContact: { name: 'Wim', title: 'CIO', email: 'wim@contoso.nl' } });
    const earlier = linkToken(mailsTo('wim@contoso.nl', /vraagt erkend/)[0]!);
    expect((await view(earlier)).body).toMatchObject({ state: 'OPEN' });

    // Fabrikam's claim on the same workload is confirmed first: Northwind's loses the conflict.
    await approve(fabrikam, { name: 'Links rival', locationId: LOCATIONS.fabrikamMunich, lines: [{ productCode: 'INTUNE' }], customerContact: { name: 'Ria', title: 'CTO', email: 'ria@contoso.nl' }, partnerContact: { name: 'Felix', email: 'felix@fabrikam.example' } });
    const rival = mailsTo('ria@contoso.nl', /vraagt|requests/i)[0]!;
    expect((await t.anonymous.request('POST', `/api/v1/consent/${linkToken(rival)}/confirm`, {})).status).toBe(200);
    await drainJobs(t);
    expect((await t.db.selectFrom('claims').select(['status', 'rejection_reason']).where('id', '=', first).executeTakeFirstOrThrow())).toEqual({ status: 'REJECTED', rejection_reason: 'LOST_CONFLICT' });

    // Disputed and overturned a day later: a second window, and a new request e-mail.
    t.clock.advance(24 * 3_600_000);
    expect((await northwind.request('POST', `/api/v1/claims/${first}/dispute`, { message: 'We did the work first.' })).status).toBe(200);
    expect((await reviewer2.request('POST', `/api/v1/claims/${first}/dispute-decision`, { outcome: 'OVERTURNED', message: 'Ask the customer again.' })).status).toBe(200);
    await drainJobs(t);
    const requests = mailsTo('wim@contoso.nl', /vraagt erkend/);
    expect(requests).toHaveLength(2);
    const latest = linkToken(requests[1]!);

    const old = await view(earlier);
    expect(old.status).toBe(410);
    expect(old.body.error.code).toBe('CONSENT_LINK_SUPERSEDED');
    const oldConfirm = await t.anonymous.request('POST', `/api/v1/consent/${earlier}/confirm`, {});
    expect(oldConfirm.body.error.code).toBe('CONSENT_LINK_SUPERSEDED');
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', first).executeTakeFirstOrThrow()).status).toBe('CUSTOMER_CONSENT');
    expect((await view(latest)).body).toMatchObject({ state: 'OPEN' });
    await t.db.updateTable('programs').set({ conflict_rule: 'REVIEWER_DECIDES' }).where('code', '=', 'OSU_M365').execute();
  });

  it('a used link answers as used; the revoke link of the activation e-mail expires after 30 days', async () => {
    await approve(northwind, { name: 'Links used', lines: [{ productCode: 'ONEDRIVE' }], customerContact: { name: 'Uma', title: 'CIO', email: 'uma@contoso.nl' } });
    const token = linkToken(mailsTo('uma@contoso.nl', /vraagt erkend/)[0]!);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/confirm`, {})).status).toBe(200);
    const again = await t.anonymous.request('POST', `/api/v1/consent/${token}/confirm`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONSENT_LINK_USED');
    await drainJobs(t);
    const revoke = linkToken(mailsTo('uma@contoso.nl', /erkende partner/)[0]!);
    expect((await view(revoke)).body).toMatchObject({ purpose: 'REVOKE', state: 'OPEN' });
    t.clock.advance(31 * 24 * 3_600_000);
    const expired = await t.anonymous.request('POST', `/api/v1/consent/${revoke}/revoke`, { reason: 'Too late?' });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('REVOKE_LINK_EXPIRED');
    expect(expired.body.error.message).toContain('/customer');
  });
});
