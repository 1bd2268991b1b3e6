import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/enqueue-job';
import { notifyClaimStatusJob } from '../../src/jobs/notify-claim-status.job';
import { sendEmailJob } from '../../src/jobs/send-email.job';
import { addBusinessDays } from '../../src/lib/business-days';
import { createMailer } from '../../src/lib/mailer';
import { sendEmail } from '../../src/modules/notifications/send-email';
import { demoTenant } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { AMSTERDAM, dutchDate, nextWeekday } from '../helpers/test-epoch';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let admin: TestClient;
let reviewer: TestClient;
let contoso: string;
const START = nextWeekday('tuesday');
beforeAll(async () => {
  smtp = await startSmtpSink({ reject: ['bounce@northwind.example'] });
  t = await createTestApp({ now: START, smtpUrl: smtp.url });
  admin = await t.loginAs('partner.admin@northwind.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsFor = (claimName: string) => smtp.messages.filter((m) => m.subject.includes(claimName));

describe('e-mail to the partner', () => {
  it('tells the partner contact and the admins that action is required, in their language, once each', async () => {
    const id = await submitClaim(admin, contoso, { name: 'Mail one', lines: [{ productCode: 'MICROSOFT_TEAMS' }], partnerContact: { name: 'Pat', email: 'pat@northwind.example' } });
    await reviewer.request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING'], message: 'Please add the signed SOW.' });
    await drainJobs(t);
    const mails = mailsFor('Mail one');
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['partner.admin@northwind.example', 'pat@northwind.example']);
    const nina = mails.find((m) => m.to[0] === 'partner.admin@northwind.example')!;
    // Nina's language is Dutch; the deadline is shown in the customer's zone.
    expect(nina.subject).toBe('Actie vereist: Mail one');
    expect(nina.text).toContain('Het bewijs van uitvoering mist de handtekening van de klant.');
    const due = addBusinessDays(START, 14, AMSTERDAM);
    expect((await t.db.selectFrom('claims').select('response_due_at').where('id', '=', id).executeTakeFirstOrThrow()).response_due_at).toEqual(due);
    expect(nina.text).toMatch(new RegExp(`${dutchDate(due, 'Europe/Amsterdam')} om 23:59 CES?T \\(Europe/Amsterdam\\)`));
    expect(nina.text).toContain(`https://associa.test/claims/${id}`);
    const rows = await t.db.selectFrom('outbound_emails').select(['to_address', 'state', 'template', 'attempts']).where('claim_id', '=', id).orderBy('to_address').execute();
    expect(rows).toEqual([
      { to_address: 'partner.admin@northwind.example', state: 'SENT', template: 'ACTION_REQUIRED', attempts: 1 },
      { to_address: 'pat@northwind.example', state: 'SENT', template: 'ACTION_REQUIRED', attempts: 1 },
    ]);
    const history = await admin.request('GET', `/api/v1/claims/${id}/history`);
    const sent = history.body.items.filter((i: any) => i.event.type === 'EMAIL_SENT');
    expect(sent.map((s: any) => `${s.event.to}:${s.event.delivery}`).sort()).toEqual(['partner.admin@northwind.example:SENT', 'pat@northwind.example:SENT']);
  });

  it('sends nothing twice when the jobs run again', async () => {
    const id = await submitClaim(admin, contoso, { name: 'Mail two', lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
    await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {});
    await drainJobs(t);
    expect(mailsFor('Mail two')).toHaveLength(2);
    const event = await t.db.selectFrom('claim_events').select('id').where('claim_id', '=', id).where('type', '=', 'STATUS_CHANGED').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const emails = await t.db.selectFrom('outbound_emails').select('id').where('claim_id', '=', id).execute();
    await t.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, notifyClaimStatusJob, { claimId: id, eventId: String(event.id), template: 'APPROVED' });
      for (const e of emails) await enqueueJob(trx, sendEmailJob, { emailId: e.id });
    });
    await drainJobs(t);
    expect(mailsFor('Mail two')).toHaveLength(2);
    expect(await t.db.selectFrom('outbound_emails').select('id').where('claim_id', '=', id).where('template', '=', 'APPROVED').execute()).toHaveLength(2);
  });

  it('e-mails every decision: rejected, dispute decided, withdrawn', async () => {
    const rejected = await submitClaim(admin, contoso, { name: 'Mail three', lines: [{ productCode: 'INTUNE' }] });
    await reviewer.request('POST', `/api/v1/claims/${rejected}/reject`, { reason: 'INSUFFICIENT_POE', message: 'Not signed.' });
    await admin.request('POST', `/api/v1/claims/${rejected}/dispute`, { message: 'It is signed.' });
    const reviewer2 = await t.loginAs('reviewer2@vendor.example');
    await reviewer2.request('POST', `/api/v1/claims/${rejected}/dispute-decision`, { outcome: 'UPHELD', message: 'It is not.' });
    const withdrawn = await submitClaim(admin, contoso, { name: 'Mail four', lines: [{ productCode: 'ONEDRIVE' }] });
    await admin.request('POST', `/api/v1/claims/${withdrawn}/withdraw`, {});
    await drainJobs(t);
    const templates = await t.db.selectFrom('outbound_emails').select('template').where('claim_id', 'in', [rejected, withdrawn]).where('to_address', '=', 'partner.admin@northwind.example').orderBy('created_at').execute();
    expect(templates.map((r) => r.template).sort()).toEqual(['DISPUTE_UPHELD', 'REJECTED', 'WITHDRAWN']);
    expect(mailsFor('Mail three').map((m) => m.subject)).toEqual(expect.arrayContaining(['Afgewezen: Mail three', 'Bezwaar beoordeeld: Mail three blijft afgewezen']));
  });

  it('retries a refused message and marks it FAILED after the last attempt, in the history too', async () => {
    const id = await submitClaim(admin, contoso, { name: 'Mail five', lines: [{ productCode: 'ENTRA_ID_P1' }], partnerContact: { name: 'Bo', email: 'bounce@northwind.example' } });
    await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {});
    await drainJobs(t);
    const bounced = await t.db.selectFrom('outbound_emails').selectAll().where('claim_id', '=', id).where('to_address', '=', 'bounce@northwind.example').executeTakeFirstOrThrow();
    expect(bounced).toMatchObject({ state: 'QUEUED', attempts: 1, last_error: expect.stringMatching(/550|unavailable/i) });
    await expect(sendEmail({ db: t.db, clock: t.clock, mailer: createMailer(smtp.url, 'x@associa.test'), emailId: bounced.id, isLastAttempt: true, baseUrl: 'http://associa.test' })).rejects.toThrow();
    const after = await t.db.selectFrom('outbound_emails').select(['state', 'attempts']).where('id', '=', bounced.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ state: 'FAILED', attempts: 2 });
    const events = await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', id).where('type', '=', 'EMAIL_SENT').execute();
    const partnerEvents = events.filter((e: any) => e.data.template === 'APPROVED');
    expect(partnerEvents.map((e: any) => e.data.delivery).sort()).toEqual(['FAILED', 'SENT']);
  });
});

describe('the outbox with an SMTP relay', () => {
  it("masks the customer's personal link, which went to the recipient only, and says so", async () => {
    const id = await submitClaim(admin, contoso, { name: 'Masked link', lines: [{ productCode: 'INTUNE' }] });
    await drainJobs(t);
    expect((await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {})).status).toBe(200);
    await drainJobs(t);
    const outbox = await (await t.loginAs('program.admin@vendor.example')).request('GET', `/api/v1/admin/outbox?claimId=${id}`);
    expect(outbox.status).toBe(200);
    expect(outbox.body.relay).toBe(true);
    const consent = outbox.body.items.filter((m: { template: string }) => m.template === 'CONSENT_REQUEST');
    expect(consent.length).toBeGreaterThan(0);
    for (const m of consent) {
      expect(m).toMatchObject({ state: 'SENT', body: expect.stringContaining('[personal link, sent to the recipient only]') });
      expect(m.body).not.toMatch(/\/consent\/[A-Za-z0-9_-]{20,}/);
      // The recipient's copy carries the working link.
      const sent = smtp.messages.find((x) => x.messageId === `<${m.id}@associa>`);
      expect(sent?.text).toMatch(/https:\/\/associa\.test\/consent\/[A-Za-z0-9_-]{20,}/);
    }
  });
});

describe('the outbox without SMTP', () => {
  it('keeps every message for the program admin to read, and nobody else', async () => {
    const local = await createTestApp({ now: START });
    try {
      const a = await local.loginAs('partner.admin@northwind.example');
      const id = await submitClaim(a, (await demoTenant(local.db, 'contoso.nl')).tenantId, { name: 'Outbox one', lines: [{ productCode: 'MICROSOFT_TEAMS' }] });
      await (await local.loginAs('reviewer@vendor.example')).request('POST', `/api/v1/claims/${id}/request-info`, { reasons: ['POE_MISSING'], message: 'SOW?' });
      await drainJobs(local);
      const programAdmin = await local.loginAs('program.admin@vendor.example');
      const outbox = await programAdmin.request('GET', `/api/v1/admin/outbox?claimId=${id}`);
      expect(outbox.status).toBe(200);
      expect(outbox.body.relay).toBe(false);
      expect(outbox.body.items).toHaveLength(2);
      expect(outbox.body.items[0]).toMatchObject({ state: 'OUTBOX', template: 'ACTION_REQUIRED', body: expect.stringContaining('SOW?') });
      expect((await a.request('GET', '/api/v1/admin/outbox')).status).toBe(403);
      expect((await (await local.loginAs('reviewer@vendor.example')).request('GET', '/api/v1/admin/outbox')).status).toBe(403);
    } finally {
      await local.close();
    }
  });
});
