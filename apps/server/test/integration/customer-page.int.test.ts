import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantLink } from '../../src/modules/customer/tenant-links';
import { drainJobs } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { nextWeekday } from '../helpers/test-epoch';
import { activateThroughCustomer, customerPageToken, demoTenant, importMonths } from '../helpers/usage-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let reviewer: TestClient;
let contoso: string;
let token: string;
let associationId: string;
const CONTACT = 'page@contoso.nl';
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ now: nextWeekday('tuesday'), smtpUrl: smtp.url });
  northwind = await t.loginAs('partner.admin@northwind.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  const programAdmin = await t.loginAs('program.admin@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
  await importMonths(t, programAdmin, { tenantId: contoso, productCode: 'MICROSOFT_TEAMS' });
  const claimId = await activateThroughCustomer(t, smtp, { admin: northwind, reviewer, tenantId: contoso, overrides: { name: 'Page Teams', customerContact: { name: 'Page', title: 'CIO', email: CONTACT } } });
  associationId = (await t.db.selectFrom('associations').select('id').where('claim_id', '=', claimId).executeTakeFirstOrThrow()).id;
  // The activation e-mail carries the customer page link beside the revoke link.
  const activation = smtp.messages.find((m) => m.to[0] === CONTACT && /erkende partner/.test(m.subject))!;
  expect(activation.text).toContain('klantpagina');
  token = customerPageToken(activation);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('customer page', () => {
  it("lists the tenant's partners and each of their reads of its usage", async () => {
    const before = await t.anonymous.request('GET', `/api/v1/customer/${token}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ tenant: { tenantId: contoso }, locale: 'nl', accessLog: [] });
    expect(before.body.associations).toEqual([expect.objectContaining({ id: associationId, partnerName: 'Northwind Traders', program: 'OSU_M365', productCode: 'MICROSOFT_TEAMS', subscriptionId: null })]);
    expect((await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}&limit=2`)).body.items).toHaveLength(2);
    // The vendor's reads are not the partners': the customer page lists partners' reads only.
    await reviewer.request('GET', `/api/v1/usage?tenantId=${contoso}`);
    const after = await t.anonymous.request('GET', `/api/v1/customer/${token}`);
    expect(after.body.accessLog).toEqual([expect.objectContaining({ organisationName: 'Northwind Traders', channel: 'WEB', keys: [{ productCode: 'MICROSOFT_TEAMS', subscriptionId: null, months: expect.any(Array) }] })]);
    expect(after.body.accessLog[0].keys[0].months).toHaveLength(2);
    expect(JSON.stringify(after.body)).not.toContain('Partner Admin');
  });

  it("shows a token of tenant A nothing of tenant B, and refuses unknown, expired and other links", async () => {
    const wingtip = (await demoTenant(t.db, 'wingtipzorg.nl')).tenantId;
    const other = await t.db.transaction().execute((trx) => createTenantLink(trx, { tenantId: wingtip, email: 'x@wingtipzorg.nl', locale: 'en', emailId: null, now: t.clock.now() }));
    const page = await t.anonymous.request('GET', `/api/v1/customer/${other}`);
    expect(page.body).toMatchObject({ tenant: { tenantId: wingtip }, associations: [], accessLog: [] });
    expect(JSON.stringify(page.body)).not.toContain(contoso);
    expect((await t.anonymous.request('POST', `/api/v1/customer/${other}/associations/${associationId}/revoke`, { reason: 'Not mine' })).status).toBe(404);
    expect((await t.anonymous.request('GET', '/api/v1/customer/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).body.error.code).toBe('CUSTOMER_LINK_INVALID');
    expect((await t.anonymous.request('GET', `/api/v1/consent/${token}`)).status).toBe(404);
    const old = await t.db.transaction().execute((trx) => createTenantLink(trx, { tenantId: wingtip, email: 'x@wingtipzorg.nl', locale: 'en', emailId: null, now: new Date(t.clock.now().getTime() - 31 * 86_400_000) }));
    expect((await t.anonymous.request('GET', `/api/v1/customer/${old}`)).status).toBe(410);
  });

  it('sends a fresh link to a customer contact, and answers any other address the same', async () => {
    const emailsBefore = (await t.db.selectFrom('outbound_emails').select('id').execute()).length;
    const known = await t.anonymous.request('POST', '/api/v1/customer', { email: CONTACT.toUpperCase() });
    const unknown = await t.anonymous.request('POST', '/api/v1/customer', { email: 'nobody@example.com' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    // Both requests did the same work: one queued job each, no lookup or e-mail in the request (no timing tell).
    expect((await t.db.selectFrom('outbound_emails').select('id').execute()).length).toBe(emailsBefore);
    const queued = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send-customer-link'`.execute(t.db);
    expect(queued.rows[0]!.n).toBe(2);
    await drainJobs(t);
    const mails = smtp.messages.filter((m) => m.to[0] === CONTACT && /klantpagina/i.test(m.subject));
    expect(mails).toHaveLength(1);
    const fresh = await t.anonymous.request('GET', `/api/v1/customer/${customerPageToken(mails[0]!)}`);
    expect(fresh.body.tenant.tenantId).toBe(contoso);
    expect(smtp.messages.some((m) => m.to[0] === 'nobody@example.com')).toBe(false);
    expect((await t.anonymous.request('POST', '/api/v1/customer', { email: 'not an address' })).status).toBe(400);
  });

  it('revokes an association from the page: ended at once, and the partner reads nothing more', async () => {
    const res = await t.anonymous.request('POST', `/api/v1/customer/${token}/associations/${associationId}/revoke`, { reason: 'We work with someone else now.' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.associations).toEqual([]);
    expect(await t.db.selectFrom('associations').select(['status', 'end_reason', 'end_message']).where('id', '=', associationId).executeTakeFirstOrThrow()).toEqual({ status: 'ENDED', end_reason: 'CUSTOMER_REVOKED', end_message: 'We work with someone else now.' });
    expect((await northwind.request('GET', `/api/v1/usage?tenantId=${contoso}`)).body).toEqual({ items: [], nextCursor: null });
    expect((await t.anonymous.request('POST', `/api/v1/customer/${token}/associations/${associationId}/revoke`, { reason: 'again' })).status).toBe(409);
    // The page still shows who read the data before.
    expect((await t.anonymous.request('GET', `/api/v1/customer/${token}`)).body.accessLog).toHaveLength(1);
  });
});
