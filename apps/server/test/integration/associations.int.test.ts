import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { demoTenant, LOCATIONS } from '../helpers/claim-fixtures';
import { linkToken, powerBiClaim } from '../helpers/consent-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs, runJob } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { isoDay, nextWeekday, shift } from '../helpers/test-epoch';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let programAdmin: TestClient;
let contoso: string;
const START = nextWeekday('tuesday');
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ now: START, smtpUrl: smtp.url });
  northwind = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  programAdmin = await t.loginAs('program.admin@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Submits, approves and confirms through the customer's link: the claim is ACTIVE. */
async function activeClaim(admin: TestClient, overrides: Record<string, unknown>): Promise<string> {
  const id = await approvedClaim(admin, overrides);
  await confirm(id);
  return id;
}
async function approvedClaim(admin: TestClient, overrides: Record<string, unknown>): Promise<string> {
  const id = await submitClaim(admin, contoso, overrides);
  await drainJobs(t);
  expect((await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {})).status).toBe(200);
  await drainJobs(t);
  return id;
}
async function confirm(claimId: string) {
  const link = await t.db.selectFrom('outbound_emails').select('id').where('claim_id', '=', claimId).where('template', '=', 'CONSENT_REQUEST').executeTakeFirstOrThrow();
  const mail = smtp.messages.find((m) => m.messageId === `<${link.id}@associa>`)!;
  return t.anonymous.request('POST', `/api/v1/consent/${linkToken(mail)}/confirm`, {});
}
const status = async (id: string) => (await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const fabrikamClaim = (name: string, productCode: string) => ({ name, locationId: LOCATIONS.fabrikamMunich, lines: [{ productCode }] });

describe('associations', () => {
  it('lists a partner its own associations only, the vendor all, with filters, cursor pages and CSV', async () => {
    const id = await activeClaim(northwind, { name: 'Assoc list', lines: [{ productCode: 'MICROSOFT_VIVA' }, { productCode: 'MICROSOFT_DEFENDER' }] });
    const mine = await northwind.request('GET', `/api/v1/associations?claimId=${id}`);
    expect(mine.body.items.map((a: any) => a.productCode).sort()).toEqual(['MICROSOFT_DEFENDER', 'MICROSOFT_VIVA']);
    expect(mine.body.items[0]).toMatchObject({ status: 'ACTIVE', program: 'OSU_M365', partnerName: 'Northwind Traders', exclusivityUnit: 'WORKLOAD', endedAt: null });
    expect((await fabrikam.request('GET', `/api/v1/associations?claimId=${id}`)).body.items).toEqual([]);
    expect((await reviewer.request('GET', `/api/v1/associations?claimId=${id}`)).body.items).toHaveLength(2);
    const paged = await northwind.request('GET', `/api/v1/associations?claimId=${id}&limit=1`);
    const next = await northwind.request('GET', `/api/v1/associations?claimId=${id}&limit=1&cursor=${paged.body.nextCursor}`);
    expect([paged.body.items[0].id, next.body.items[0].id].sort()).toEqual(mine.body.items.map((a: any) => a.id).sort());
    expect(next.body.nextCursor).toBeNull();
    expect((await northwind.request('GET', '/api/v1/associations?q=viva&status=ACTIVE')).body.items.map((a: any) => a.productCode)).toEqual(['MICROSOFT_VIVA']);
    expect((await northwind.request('GET', '/api/v1/associations?status=GONE')).status).toBe(400);
    expect((await northwind.request('GET', '/api/v1/associations?cursor=nonsense')).status).toBe(400);
    const csv = await northwind.request('GET', `/api/v1/associations/export?claimId=${id}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\n').filter(Boolean)).toHaveLength(3);
    expect((await t.anonymous.request('GET', '/api/v1/associations')).status).toBe(401);
  });

  it('the partner admin ends an association with a reason; others may not', async () => {
    const id = await activeClaim(northwind, { name: 'Assoc end', lines: [{ productCode: 'MICROSOFT_PURVIEW' }, { productCode: 'SHAREPOINT_ONLINE' }] });
    const [first, second] = (await northwind.request('GET', `/api/v1/associations?claimId=${id}`)).body.items;
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.request('POST', `/api/v1/associations/${first.id}/end`, { message: 'Done' })).status).toBe(403);
    expect((await fabrikam.request('POST', `/api/v1/associations/${first.id}/end`, { message: 'Mine now' })).status).toBe(404);
    expect((await reviewer.request('POST', `/api/v1/associations/${first.id}/end`, { message: 'No' })).status).toBe(403);
    expect((await northwind.request('POST', `/api/v1/associations/${first.id}/end`, {})).status).toBe(400);
    const ended = await northwind.request('POST', `/api/v1/associations/${first.id}/end`, { message: 'Contract finished.' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ENDED', endReason: 'PARTNER_DISASSOCIATED', endMessage: 'Contract finished.' });
    expect((await northwind.request('POST', `/api/v1/associations/${first.id}/end`, { message: 'again' })).body.error.code).toBe('ASSOCIATION_ENDED');
    // One of two ended: the claim stays ACTIVE until its last association ends.
    expect(await status(id)).toBe('ACTIVE');
    await northwind.request('POST', `/api/v1/associations/${second.id}/end`, { message: 'Contract finished.' });
    expect(await status(id)).toBe('ENDED');
    const events = await t.db.selectFrom('claim_events').select(['type', 'data']).where('claim_id', '=', id).where('type', 'in', ['ASSOCIATION_ENDED', 'STATUS_CHANGED']).orderBy('id').execute();
    expect(events.filter((e) => e.type === 'ASSOCIATION_ENDED').map((e: any) => e.data.reason)).toEqual(['PARTNER_DISASSOCIATED', 'PARTNER_DISASSOCIATED']);
    expect(events.at(-1)!.data).toMatchObject({ to: 'ENDED', reason: 'PARTNER_DISASSOCIATED' });
    await drainJobs(t);
    expect(smtp.messages.filter((m) => m.subject === 'Koppeling beëindigd: Assoc end' && m.to[0] === 'partner.admin@northwind.example')).toHaveLength(2);
    // The key is free again: the partner may claim it anew.
    const again = await northwind.request('POST', '/api/v1/claims/validate', { ...(await import('../helpers/claim-fixtures')).m365Claim(contoso, { lines: [{ productCode: 'MICROSOFT_PURVIEW' }] }) });
    expect(again.body.problems.map((p: any) => p.code)).toEqual(['POE_MISSING']);
  });

  it('the customer revokes from the link in the activation e-mail', async () => {
    const id = await activeClaim(northwind, { name: 'Assoc revoke', lines: [{ productCode: 'WINDOWS_365' }], customerContact: { name: 'Rev', title: 'CIO', email: 'rev@contoso.nl' } });
    await drainJobs(t);
    const mail = smtp.messages.find((m) => m.to[0] === 'rev@contoso.nl' && /erkende partner/.test(m.subject))!;
    const token = linkToken(mail);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/revoke`, { reason: 'We stopped working with them.' })).body).toMatchObject({ purpose: 'REVOKE', state: 'ANSWERED', outcome: 'REVOKED' });
    const row = await t.db.selectFrom('associations').select(['status', 'end_reason', 'end_message']).where('claim_id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'ENDED', end_reason: 'CUSTOMER_REVOKED', end_message: 'We stopped working with them.' });
    expect(await status(id)).toBe('ENDED');
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/revoke`, { reason: 'again' })).status).toBe(409);
  });

  it('REVIEWER_DECIDES: a challenger that activates supersedes the holder in the same transaction; both are told, neither learns who', async () => {
    const held = await activeClaim(northwind, { name: 'Holder', lines: [{ productCode: 'ENTRA_ID_P2' }] });
    const challenger = await submitClaim(fabrikam, contoso, fabrikamClaim('Challenger', 'ENTRA_ID_P2'));
    await drainJobs(t);
    const flags = await t.db.selectFrom('claims').select(['id', 'contested']).where('id', 'in', [held, challenger]).execute();
    expect(flags.every((f) => f.contested)).toBe(true);
    // The partner sees the badge, never the rival; the reviewer sees both side by side.
    const own = await fabrikam.request('GET', `/api/v1/claims/${challenger}`);
    expect(own.body.contested).toBe(true);
    expect(JSON.stringify(own.body)).not.toContain('Northwind');
    expect((await fabrikam.request('GET', `/api/v1/review/claims/${challenger}/conflicts`)).status).toBe(403);
    const side = await reviewer.request('GET', `/api/v1/review/claims/${challenger}/conflicts`);
    expect(side.body.rules).toEqual([{ program: 'OSU_M365', conflictRule: 'REVIEWER_DECIDES' }]);
    expect(side.body.items.map((i: any) => [i.partnerName, i.holdsAssociation])).toEqual(expect.arrayContaining([['Fabrikam Consulting', false], ['Northwind Traders', true]]));
    // Most recent proof of execution first.
    expect(side.body.items[0].id).toBe(challenger);

    expect((await reviewer.request('POST', `/api/v1/claims/${challenger}/approve`, {})).status).toBe(200);
    await drainJobs(t);
    expect((await confirm(challenger)).status).toBe(200);
    const rows = await t.db.selectFrom('associations').select(['id', 'claim_id', 'status', 'end_reason', 'superseded_by']).where('claim_id', 'in', [held, challenger]).execute();
    const winner = rows.find((r) => r.claim_id === challenger)!;
    expect(winner.status).toBe('ACTIVE');
    expect(rows.find((r) => r.claim_id === held)).toMatchObject({ status: 'ENDED', end_reason: 'SUPERSEDED', superseded_by: winner.id });
    expect(await status(held)).toBe('ENDED');
    await drainJobs(t);
    expect(smtp.messages.some((m) => m.subject === 'Koppeling beëindigd: Holder')).toBe(true);
    expect(smtp.messages.some((m) => m.subject === 'Association active: Challenger')).toBe(true);
  });

  it('FIRST_VALID_WINS: when the first valid claim activates, the others on its key are rejected LOST_CONFLICT', async () => {
    expect((await reviewer.request('PATCH', '/api/v1/admin/programs/OSU_M365', { conflictRule: 'FIRST_VALID_WINS' })).status).toBe(403);
    const changed = await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', { conflictRule: 'FIRST_VALID_WINS' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ code: 'OSU_M365', conflictRule: 'FIRST_VALID_WINS' });
    try {
      const first = await submitClaim(northwind, contoso, { name: 'First', lines: [{ productCode: 'MICROSOFT_365_COPILOT' }] });
      t.clock.advance(60_000);
      const second = await submitClaim(fabrikam, contoso, fabrikamClaim('Second', 'MICROSOFT_365_COPILOT'));
      await drainJobs(t);
      // The earliest submitted claim is decided first.
      expect((await reviewer.request('POST', `/api/v1/claims/${second}/approve`, {})).body.error.code).toBe('EARLIER_CLAIM_FIRST');
      expect((await reviewer.request('POST', `/api/v1/claims/${first}/approve`, {})).status).toBe(200);
      await drainJobs(t);
      expect((await confirm(first)).status).toBe(200);
      expect(await status(second)).toBe('REJECTED');
      const rejected = await fabrikam.request('GET', `/api/v1/claims/${second}`);
      expect(rejected.body.rejection).toMatchObject({ reason: 'LOST_CONFLICT' });
      expect(rejected.body.allowedActions).toContain('dispute');
    } finally {
      await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', { conflictRule: 'REVIEWER_DECIDES' });
    }
  });

  it('program settings: validated, only for claimable programs', async () => {
    expect((await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', {})).status).toBe(400);
    expect((await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', { consentBusinessDays: 0 })).status).toBe(400);
    expect((await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', { colour: 'red' })).status).toBe(400);
    expect((await programAdmin.request('PATCH', '/api/v1/admin/programs/CSP', { consentBusinessDays: 5 })).body.error.code).toBe('PROGRAM_NOT_CLAIMABLE');
    expect((await programAdmin.request('PATCH', '/api/v1/admin/programs/NOPE', { consentBusinessDays: 5 })).status).toBe(400);
    const res = await programAdmin.request('PATCH', '/api/v1/admin/programs/OSA_SELL', { consentBusinessDays: 7, expiryNoticeDays: 45 });
    expect(res.body.settings).toMatchObject({ consentBusinessDays: 7, expiryNoticeDays: 45 });
    await programAdmin.request('PATCH', '/api/v1/admin/programs/OSA_SELL', { consentBusinessDays: 5, expiryNoticeDays: 30 });
  });

  it('a subscription ending: the partner is told once within the notice period, and the association ends when it expires', async () => {
    const id = await activeClaim(northwind, powerBiClaim(contoso, { name: 'Expiring', locationId: LOCATIONS.northwindAmsterdam, customerContact: { name: 'Ex', title: 'CIO', email: 'ex@contoso.nl' } }));
    const assoc = await t.db.selectFrom('associations').select(['id', 'subscription_id']).where('claim_id', '=', id).executeTakeFirstOrThrow();
    // It ends 26 days from now: inside the 30-day notice period.
    const endDate = isoDay(shift(t.clock.now(), { days: 26 }));
    await t.db.updateTable('subscriptions').set({ end_date: endDate }).where('id', '=', assoc.subscription_id!).execute();
    await runJob(t, sweepDeadlinesJob);
    await runJob(t, sweepDeadlinesJob);
    const notices = smtp.messages.filter((m) => m.subject === 'Abonnement loopt af: Expiring' && m.to[0] === 'partner.admin@northwind.example');
    expect(notices).toHaveLength(1);
    const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
    const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    expect(notices[0]!.text).toContain(`${day} ${dutchMonths[month - 1]} ${year}`);
    t.clock.set(new Date(`${isoDay(shift(new Date(`${endDate}T00:00:00Z`), { days: 1 }))}T08:00:00Z`));
    northwind = await t.loginAs('partner.admin@northwind.example');
    await runJob(t, sweepDeadlinesJob);
    const row = await t.db.selectFrom('associations').select(['status', 'end_reason']).where('id', '=', assoc.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'ENDED', end_reason: 'SUBSCRIPTION_EXPIRED' });
    expect(await status(id)).toBe('ENDED');
    const history = await northwind.request('GET', `/api/v1/claims/${id}/history`);
    expect(history.body.items.map((i: any) => i.event.type)).toEqual(expect.arrayContaining(['ASSOCIATION_EXPIRING', 'ASSOCIATION_ENDED']));
    await t.db.updateTable('subscriptions').set({ end_date: null }).where('id', '=', assoc.subscription_id!).execute();
  });
});
