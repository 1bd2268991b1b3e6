import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { addBusinessDays, startOfLastBusinessDays } from '../../src/lib/business-days';
import { hashSecret } from '../../src/lib/secrets';
import { demoTenant, historyTypes } from '../helpers/claim-fixtures';
import { linkToken, powerBiClaim } from '../helpers/consent-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs, runJob } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { AMSTERDAM, dutchDate, nextWeekday, shift } from '../helpers/test-epoch';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let admin: TestClient;
let reviewer: TestClient;
let contoso: string;
const START = nextWeekday('tuesday');
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ now: START, smtpUrl: smtp.url });
  admin = await t.loginAs('partner.admin@northwind.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const customerMails = (to: string, subject: RegExp) => smtp.messages.filter((m) => m.to.includes(to) && subject.test(m.subject));

/** Submits, approves and drains the jobs: the claim waits for its customer. */
async function inConsent(overrides: Record<string, unknown>): Promise<string> {
  const id = await submitClaim(admin, contoso, overrides);
  const approved = await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {});
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await drainJobs(t);
  return id;
}

describe('customer consent', () => {
  it('e-mails each customer contact one personal link; confirming activates one association per key at once', async () => {
    const before = smtp.messages.length;
    const id = await inConsent(powerBiClaim(contoso, { name: 'Consent one', customerContact: { name: 'Carla Jansen', title: 'CIO', email: 'carla.one@contoso.nl' } }));
    const asked = smtp.messages.slice(before).filter((m) => /vraagt erkend te worden/.test(m.subject));
    // Contoso is Dutch: the customer is written to in Dutch; the technical contact is asked too.
    expect(asked.map((m) => m.to[0]).sort()).toEqual(['carla.one@contoso.nl', 'tom@contoso.nl']);
    const mail = asked.find((m) => m.to[0] === 'carla.one@contoso.nl')!;
    expect(mail.text).toContain('Beste Carla Jansen');
    expect(mail.text).toContain('Power BI Pro');
    const token = linkToken(mail);
    // Only the hash is kept; the stored message never holds the link.
    const stored = await t.db.selectFrom('customer_links').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ claim_id: id, purpose: 'CONSENT', contact_email: 'carla.one@contoso.nl' });
    const bodies = await t.db.selectFrom('outbound_emails').select('body_text').where('claim_id', '=', id).execute();
    expect(bodies.some((b) => b.body_text.includes(token))).toBe(false);
    expect(await t.db.selectFrom('customer_links').select('id').where('token_hash', '=', token).execute()).toHaveLength(0);

    // The link grants this claim's decision and nothing else.
    expect((await t.anonymous.request('GET', `/api/v1/claims/${id}`, undefined, { authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await t.anonymous.request('GET', `/api/v1/claims/${id}`)).status).toBe(401);
    const view = await t.anonymous.request('GET', `/api/v1/consent/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ purpose: 'CONSENT', state: 'OPEN', partnerName: 'Northwind Traders', timeZone: 'Europe/Amsterdam', contactName: 'Carla Jansen', locale: 'nl' });
    expect(view.body.lines).toEqual([expect.objectContaining({ productCode: 'POWER_BI_PRO', productName: 'Power BI Pro' })]);
    const claim = await t.db.selectFrom('claims').select(['consent_closes_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(view.body.closesAt).toBe(claim.consent_closes_at!.toISOString());

    const confirmed = await t.anonymous.request('POST', `/api/v1/consent/${token}/confirm`, {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'ANSWERED', outcome: 'CONFIRMED' });
    const row = await t.db.selectFrom('claims').select(['status', 'consent_outcome']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'ACTIVE', consent_outcome: 'CONFIRMED' });
    const associations = await t.db.selectFrom('associations').selectAll().where('claim_id', '=', id).execute();
    const sub = (await demoTenant(t.db, 'contoso.nl')).subscriptions.find((s) => s.product_code === 'POWER_BI_PRO' && s.state === 'ACTIVE')!;
    expect(associations).toEqual([expect.objectContaining({ status: 'ACTIVE', program_code: 'OSU_BIZAPPS', subscription_id: sub.id, exclusivity_key: `OSU_BIZAPPS/subscription:${sub.id}` })]);
    const history = await admin.request('GET', `/api/v1/claims/${id}/history`);
    const activated = history.body.items.find((i: any) => i.event.type === 'STATUS_CHANGED' && i.event.to === 'ACTIVE');
    expect(activated.actor).toEqual({ type: 'CUSTOMER', name: 'Carla Jansen' });
    expect(await historyTypes(t.db, id)).toContain('ASSOCIATION_STARTED');

    // A second answer, from the same link or the other contact's, changes nothing.
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/opt-out`, { reason: 'Changed my mind' })).body.error.code).toBe('CONSENT_LINK_USED');
    const tom = linkToken(asked.find((m) => m.to[0] === 'tom@contoso.nl')!);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${tom}/confirm`, {})).status).toBe(409);
    expect((await t.anonymous.request('GET', `/api/v1/consent/${tom}`)).body).toMatchObject({ state: 'ANSWERED', outcome: 'CONFIRMED' });

    // Partner and customer are told; the customer's message carries a link to end it later.
    await drainJobs(t);
    expect(smtp.messages.filter((m) => m.subject === 'Koppeling actief: Consent one').map((m) => m.to[0]).sort()).toEqual(['nina@northwind.example', 'partner.admin@northwind.example']);
    const active = customerMails('carla.one@contoso.nl', /is nu je erkende partner/);
    expect(active).toHaveLength(1);
    expect((await t.anonymous.request('GET', `/api/v1/consent/${linkToken(active[0]!)}`)).body).toMatchObject({ purpose: 'REVOKE', state: 'OPEN' });
  });

  it('opting out with a reason declines the claim and tells the partner', async () => {
    const id = await inConsent({ name: 'Consent two', lines: [{ productCode: 'INTUNE' }], customerContact: { name: 'Carla', title: 'CIO', email: 'carla.two@contoso.nl' } });
    const token = linkToken(customerMails('carla.two@contoso.nl', /vraagt erkend/)[0]!);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/opt-out`, {})).body.error.code).toBe('VALIDATION_FAILED');
    const res = await t.anonymous.request('POST', `/api/v1/consent/${token}/opt-out`, { reason: 'We never worked with them on Intune.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'ANSWERED', outcome: 'OPTED_OUT' });
    const claim = await t.db.selectFrom('claims').select(['status', 'consent_outcome']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(claim).toEqual({ status: 'DECLINED', consent_outcome: 'OPTED_OUT' });
    expect(await t.db.selectFrom('associations').select('id').where('claim_id', '=', id).execute()).toHaveLength(0);
    const history = await admin.request('GET', `/api/v1/claims/${id}/history`);
    expect(history.body.items.find((i: any) => i.event.to === 'DECLINED').event).toMatchObject({ reason: 'CUSTOMER_DECLINED', message: 'We never worked with them on Intune.' });
    await drainJobs(t);
    expect(smtp.messages.filter((m) => m.subject === 'Klant maakte bezwaar: Consent two')).toHaveLength(2);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/confirm`, {})).status).toBe(409);
  });

  it('a link for claim A acts on claim A alone; forged, malformed and expired links change nothing', async () => {
    const a = await inConsent({ name: 'Consent A', lines: [{ productCode: 'ONEDRIVE' }], customerContact: { name: 'Ann', title: 'CIO', email: 'ann@contoso.nl' } });
    const b = await inConsent({ name: 'Consent B', lines: [{ productCode: 'EXCHANGE_ONLINE' }], customerContact: { name: 'Ben', title: 'CIO', email: 'ben@contoso.nl' } });
    const tokenA = linkToken(customerMails('ann@contoso.nl', /vraagt erkend/)[0]!);
    const tokenB = linkToken(customerMails('ben@contoso.nl', /vraagt erkend/)[0]!);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${tokenA}/confirm`, {})).status).toBe(200);
    const statuses = await t.db.selectFrom('claims').select(['id', 'status']).where('id', 'in', [a, b]).execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [a]: 'ACTIVE', [b]: 'CUSTOMER_CONSENT' });

    const forged = 'x'.repeat(43);
    expect((await t.anonymous.request('GET', `/api/v1/consent/${forged}`)).body.error.code).toBe('CONSENT_LINK_INVALID');
    expect((await t.anonymous.request('POST', `/api/v1/consent/${forged}/confirm`, {})).status).toBe(404);
    expect((await t.anonymous.request('GET', '/api/v1/consent/short')).status).toBe(400);
    // A revoke link is no consent link.
    const revokeA = linkToken((await drainJobs(t), customerMails('ann@contoso.nl', /erkende partner/))[0]!);
    expect((await t.anonymous.request('POST', `/api/v1/consent/${revokeA}/confirm`, {})).status).toBe(409);

    // Past the window, before the worker closed it: the link no longer works.
    const closes = (await t.db.selectFrom('claims').select('consent_closes_at').where('id', '=', b).executeTakeFirstOrThrow()).consent_closes_at!;
    t.clock.set(new Date(closes.getTime() + 1000));
    expect((await t.anonymous.request('GET', `/api/v1/consent/${tokenB}`)).body.error.code).toBe('CONSENT_LINK_EXPIRED');
    expect((await t.anonymous.request('POST', `/api/v1/consent/${tokenB}/opt-out`, { reason: 'late' })).status).toBe(410);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', b).executeTakeFirstOrThrow()).status).toBe('CUSTOMER_CONSENT');
    t.clock.set(START);
  });

  it('silence: one reminder two business days before the end, then ACTIVE exactly once when the window closes', async () => {
    t.clock.set(shift(START, { hours: 1 }));
    // A Tuesday + 5 business days in Amsterdam; the reminder from 00:00 of the second-last business day.
    const closes = addBusinessDays(t.clock.now(), 5, AMSTERDAM);
    const remind = startOfLastBusinessDays(closes, 2, AMSTERDAM);
    const id = await inConsent({ name: 'Consent silence', lines: [{ productCode: 'MICROSOFT_365_APPS' }], customerContact: { name: 'Sil', title: 'CIO', email: 'sil@contoso.nl' } });
    const claim = await t.db.selectFrom('claims').select(['consent_closes_at', 'consent_reminder_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(claim).toEqual({ consent_closes_at: closes, consent_reminder_at: remind });
    // Timers wait in the queue for the exact instants (the closing is shared by every window closing then); the sweep below is the safety net.
    const closeKey = `consent-close-at:${closes.toISOString()}`;
    const timers = await sql<{ key: string; run_at: Date }>`select key, run_at from graphile_worker.jobs where key in (${closeKey}, ${`consent-remind:${id}`}) order by run_at`.execute(t.db);
    expect(timers.rows.map((r) => [r.key, r.run_at.toISOString()])).toEqual([
      [`consent-remind:${id}`, remind.toISOString()],
      [closeKey, closes.toISOString()],
    ]);
    t.clock.set(shift(remind, { minutes: -1 }));
    await runJob(t, sweepDeadlinesJob);
    expect(customerMails('sil@contoso.nl', /Herinnering/)).toHaveLength(0);
    t.clock.set(shift(remind, { hours: 9 }));
    await runJob(t, sweepDeadlinesJob);
    await runJob(t, sweepDeadlinesJob);
    const reminders = customerMails('sil@contoso.nl', /Herinnering/);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain(`${dutchDate(closes, 'Europe/Amsterdam')} om 23:59`);
    // The reminder's own link works too.
    expect((await t.anonymous.request('GET', `/api/v1/consent/${linkToken(reminders[0]!)}`)).body.state).toBe('OPEN');

    t.clock.set(shift(closes, { ms: -999 }));
    await runJob(t, sweepDeadlinesJob);
    expect((await t.db.selectFrom('claims').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('CUSTOMER_CONSENT');
    t.clock.set(shift(closes, { ms: 1 }));
    await runJob(t, sweepDeadlinesJob);
    await runJob(t, sweepDeadlinesJob);
    const after = await t.db.selectFrom('claims').select(['status', 'consent_outcome']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'ACTIVE', consent_outcome: 'ACTIVATED_BY_SILENCE' });
    expect(await t.db.selectFrom('associations').select('id').where('claim_id', '=', id).execute()).toHaveLength(1);
    const types = await historyTypes(t.db, id);
    expect(types.filter((x) => x === 'ASSOCIATION_STARTED')).toHaveLength(1);
    const changes = await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', id).where('type', '=', 'STATUS_CHANGED').execute();
    expect(changes.filter((c: any) => c.data.to === 'ACTIVE')).toHaveLength(1);
    expect(customerMails('sil@contoso.nl', /erkende partner/)).toHaveLength(1);
    expect(customerMails('sil@contoso.nl', /Herinnering/)).toHaveLength(1);
    t.clock.set(START);
  });
});
