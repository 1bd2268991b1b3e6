import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/lib/secrets';
import { createProgramAdmin } from '../../src/modules/users/create-program-admin';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';
import { accountLinkToken, auditOf, STRONG_PASSWORD } from '../helpers/account-fixtures';
import { LOCATIONS } from '../helpers/claim-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let programAdmin: TestClient;
let northwindAdmin: TestClient;
const NORTHWIND = deterministicUuid('org:northwind');
const FABRIKAM = deterministicUuid('org:fabrikam');
const VENDOR = deterministicUuid('org:vendor');

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ smtpUrl: smtp.url });
  programAdmin = await t.loginAs('program.admin@vendor.example');
  northwindAdmin = await t.loginAs('partner.admin@northwind.example');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Invites someone and delivers the e-mail; answers the invitation and the link's token. */
async function invite(by: TestClient, body: Record<string, unknown>) {
  const res = await by.request('POST', '/api/v1/invitations', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await drainJobs(t);
  const mail = smtp.messages.filter((m) => m.to.includes(String(body.email).toLowerCase())).at(-1)!;
  return { invitation: res.body, mail, token: accountLinkToken(mail, 'invitations') };
}

describe('invitations', () => {
  it('invite → e-mail → accept → signed in → a claim draft on a location of that organisation', async () => {
    const { invitation, mail, token } = await invite(programAdmin, { email: 'Hanna@Fabrikam.example', name: 'Hanna Schmidt', role: 'PARTNER_ADMIN', organisationId: FABRIKAM });
    expect(invitation).toMatchObject({ email: 'hanna@fabrikam.example', role: 'PARTNER_ADMIN', status: 'PENDING', invitedBy: 'Priya Raman', organisation: { id: FABRIKAM, name: 'Fabrikam Consulting', kind: 'PARTNER' } });
    expect(JSON.stringify(invitation)).not.toContain(token);
    // The inviter writes in English, so the invitation does too: who, to what, as what, until when.
    expect(mail.subject).toBe('Priya Raman invited you to Fabrikam Consulting in Associa');
    expect(mail.text).toContain('as Incentives administrator');
    expect(mail.text).toContain(`https://associa.test/invitations/${token}`);
    expect(mail.text).toMatch(/expires on .+ UTC\./);
    // Only the hash is kept, and the stored copy never held the link.
    const row = await t.db.selectFrom('invitations').selectAll().where('id', '=', invitation.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(token));
    const stored = await t.db.selectFrom('outbound_emails').select(['body_text', 'claim_id', 'link_ref', 'state']).where('link_ref', '=', invitation.id).execute();
    expect(stored).toEqual([expect.objectContaining({ claim_id: null, link_ref: invitation.id, state: 'SENT' })]);
    expect(stored[0]!.body_text).not.toContain(token);

    const view = await t.anonymous.request('GET', `/api/v1/invitations/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ email: 'hanna@fabrikam.example', name: 'Hanna Schmidt', role: 'PARTNER_ADMIN', organisationName: 'Fabrikam Consulting', organisationKind: 'PARTNER', invitedBy: 'Priya Raman', expiresAt: row.expires_at.toISOString(), locale: 'en' });

    // A weak password is refused and spends nothing.
    const weak = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Hanna Schmidt', password: 'password1' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', code: 'WEAK_PASSWORD' }));
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'hanna@fabrikam.example').execute()).toHaveLength(0);

    const accepted = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Hanna M. Schmidt', password: STRONG_PASSWORD });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ user: { email: 'hanna@fabrikam.example', name: 'Hanna M. Schmidt', role: 'PARTNER_ADMIN', locale: 'en' }, organisation: { id: FABRIKAM } });
    expect(accepted.body.allowedActions).toContain('claims.create');
    expect(accepted.headers.getSetCookie()[0]).toMatch(/^associa_session=s_.*HttpOnly/i);
    const hanna = t.sessionFrom(accepted);
    expect((await hanna.request('GET', '/api/v1/me')).status).toBe(200);
    const draft = await hanna.request('POST', '/api/v1/claims', { locationId: LOCATIONS.fabrikamMunich, name: 'First claim' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ status: 'DRAFT', location: { mpnId: '5523001' } });
    // The password she chose signs her in from now on.
    expect((await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'hanna@fabrikam.example', password: STRONG_PASSWORD })).status).toBe(200);

    const entries = await auditOf(t.db, invitation.id);
    expect(entries.map((e) => e.action)).toEqual(['INVITATION_CREATED', 'INVITATION_ACCEPTED']);
    expect(entries[0]).toMatchObject({ actor_type: 'USER', actor_name: 'Priya Raman', target_type: 'INVITATION', target_organisation_id: FABRIKAM, ip: '127.0.0.1' });
    expect(entries[1]).toMatchObject({ actor_type: 'USER', actor_user_id: accepted.body.user.id, target_organisation_id: FABRIKAM });

    // The link was single use: a second acceptance, and the view, answer 409 and change nothing.
    const again = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Someone else', password: STRONG_PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVITATION_USED');
    expect((await t.anonymous.request('GET', `/api/v1/invitations/${token}`)).body.error.code).toBe('INVITATION_USED');
    expect(await t.db.selectFrom('users').select('name').where('email', '=', 'hanna@fabrikam.example').execute()).toEqual([{ name: 'Hanna M. Schmidt' }]);
  });

  it("refuses a partner admin inviting into another organisation or granting a vendor role (403), and a role that doesn't fit (400)", async () => {
    const elsewhere = await northwindAdmin.request('POST', '/api/v1/invitations', { email: 'x@fabrikam.example', name: 'X', role: 'PARTNER_USER', organisationId: FABRIKAM });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('FORBIDDEN');
    const reviewer = await northwindAdmin.request('POST', '/api/v1/invitations', { email: 'x@northwind.example', name: 'X', role: 'REVIEWER', organisationId: NORTHWIND });
    expect(reviewer.status).toBe(403);
    const misfit = await programAdmin.request('POST', '/api/v1/invitations', { email: 'x@northwind.example', name: 'X', role: 'REVIEWER', organisationId: NORTHWIND });
    expect(misfit.status).toBe(400);
    expect(misfit.body.error.details).toContainEqual(expect.objectContaining({ path: 'role', code: 'ROLE_NOT_FOR_ORGANISATION' }));
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.request('POST', '/api/v1/invitations', { email: 'x@northwind.example', name: 'X', role: 'PARTNER_USER', organisationId: NORTHWIND })).status).toBe(403);
    expect((await user.request('GET', '/api/v1/invitations')).status).toBe(403);
    expect(await t.db.selectFrom('invitations').select('id').where('email', 'like', 'x@%').execute()).toHaveLength(0);
  });

  it('lets a partner admin invite its own users, and a program admin vendor staff', async () => {
    const { invitation, mail } = await invite(northwindAdmin, { email: 'lotte@northwind.example', name: 'Lotte', role: 'PARTNER_USER', organisationId: NORTHWIND });
    // Nina writes in Dutch: so does the invitation, unless a language is given.
    expect(mail.subject).toBe('Nina de Vries heeft u uitgenodigd voor Northwind Traders in Associa');
    expect(mail.text).toContain('als Gebruiker incentives');
    expect(invitation.status).toBe('PENDING');
    const { mail: vendorMail } = await invite(programAdmin, { email: 'ravi@vendor.example', name: 'Ravi', role: 'REVIEWER', organisationId: VENDOR, locale: 'nl' });
    expect(vendorMail.text).toContain('als Beoordelaar');
  });

  it('answers 409 EMAIL_TAKEN for an address with an account and 409 INVITATION_PENDING for one with a pending invitation', async () => {
    const taken = await programAdmin.request('POST', '/api/v1/invitations', { email: 'Partner.User@northwind.example', name: 'Noah', role: 'PARTNER_USER', organisationId: NORTHWIND });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('EMAIL_TAKEN');
    await invite(programAdmin, { email: 'twice@northwind.example', name: 'Twice', role: 'PARTNER_USER', organisationId: NORTHWIND });
    const pending = await northwindAdmin.request('POST', '/api/v1/invitations', { email: 'twice@northwind.example', name: 'Twice', role: 'PARTNER_ADMIN', organisationId: NORTHWIND });
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('INVITATION_PENDING');
  });

  it('resending makes the old link fail and the new one work, with a new expiry', async () => {
    const { invitation, token: first } = await invite(northwindAdmin, { email: 'resend@northwind.example', name: 'Resend', role: 'PARTNER_USER', organisationId: NORTHWIND });
    t.clock.advance(60 * 60 * 1000);
    const resent = await northwindAdmin.request('POST', `/api/v1/invitations/${invitation.id}/resend`, {});
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(new Date(resent.body.expiresAt).getTime()).toBe(new Date(invitation.expiresAt).getTime() + 60 * 60 * 1000);
    // The old link stops at once, before the new message even leaves.
    expect((await t.anonymous.request('GET', `/api/v1/invitations/${first}`)).body.error.code).toBe('INVITATION_INVALID');
    await drainJobs(t);
    const mails = smtp.messages.filter((m) => m.to.includes('resend@northwind.example'));
    expect(mails).toHaveLength(2);
    const second = accountLinkToken(mails[1]!, 'invitations');
    expect(second).not.toBe(first);
    const gone = await t.anonymous.request('POST', `/api/v1/invitations/${first}/accept`, { name: 'Resend', password: STRONG_PASSWORD });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('INVITATION_INVALID');
    expect((await t.anonymous.request('GET', `/api/v1/invitations/${second}`)).status).toBe(200);
    expect((await auditOf(t.db, invitation.id)).map((e) => e.action)).toEqual(['INVITATION_CREATED', 'INVITATION_RESENT']);
    // Another organisation's invitation is not there for a partner admin.
    const theirs = await t.db.selectFrom('invitations').select('id').where('email', '=', 'hanna@fabrikam.example').executeTakeFirstOrThrow();
    expect((await northwindAdmin.request('POST', `/api/v1/invitations/${theirs.id}/resend`, {})).status).toBe(404);
  });

  it('revoking a pending invitation makes its link answer INVITATION_USED and changes nothing after', async () => {
    const { invitation, token } = await invite(northwindAdmin, { email: 'revoke@northwind.example', name: 'Revoke', role: 'PARTNER_USER', organisationId: NORTHWIND });
    const revoked = await northwindAdmin.request('POST', `/api/v1/invitations/${invitation.id}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
    const accept = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Revoke', password: STRONG_PASSWORD });
    expect(accept.status).toBe(409);
    expect(accept.body.error.code).toBe('INVITATION_USED');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'revoke@northwind.example').execute()).toHaveLength(0);
    expect((await northwindAdmin.request('POST', `/api/v1/invitations/${invitation.id}/resend`, {})).body.error.code).toBe('INVITATION_NOT_PENDING');
    expect((await auditOf(t.db, invitation.id)).map((e) => e.action)).toEqual(['INVITATION_CREATED', 'INVITATION_REVOKED']);
    // With the pending one gone, the address may be invited again.
    expect((await northwindAdmin.request('POST', '/api/v1/invitations', { email: 'revoke@northwind.example', name: 'Revoke', role: 'PARTNER_USER', organisationId: NORTHWIND })).status).toBe(201);
  });

  it('an expired link answers 410 and changes nothing; an expired pending invitation gives way to a new one', async () => {
    const { invitation, token } = await invite(programAdmin, { email: 'late@fabrikam.example', name: 'Late', role: 'PARTNER_USER', organisationId: FABRIKAM });
    const start = t.clock.now();
    t.clock.advance(7 * 24 * 60 * 60 * 1000 + 1000);
    try {
      const res = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Late', password: STRONG_PASSWORD });
      expect(res.status).toBe(410);
      expect(res.body.error.code).toBe('INVITATION_EXPIRED');
      expect(await t.db.selectFrom('users').select('id').where('email', '=', 'late@fabrikam.example').execute()).toHaveLength(0);
      const admin = await t.loginAs('program.admin@vendor.example');
      const listed = await admin.request('GET', `/api/v1/invitations?status=EXPIRED&organisationId=${FABRIKAM}`);
      expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(invitation.id);
      const again = await admin.request('POST', '/api/v1/invitations', { email: 'late@fabrikam.example', name: 'Late', role: 'PARTNER_USER', organisationId: FABRIKAM });
      expect(again.status).toBe(201);
      const old = await t.db.selectFrom('invitations').select('revoked_at').where('id', '=', invitation.id).executeTakeFirstOrThrow();
      expect(old.revoked_at).not.toBeNull();
      expect((await auditOf(t.db, invitation.id)).map((e) => [e.action, e.actor_type])).toEqual([['INVITATION_CREATED', 'USER'], ['INVITATION_REVOKED', 'SYSTEM']]);
    } finally {
      t.clock.set(start);
    }
  });

  it("lists a partner admin's own organisation's invitations only, and everyone's for a program admin", async () => {
    const own = await northwindAdmin.request('GET', '/api/v1/invitations?limit=200');
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((i: { organisation: { id: string } }) => i.organisation.id === NORTHWIND)).toBe(true);
    const foreign = await northwindAdmin.request('GET', `/api/v1/invitations?organisationId=${FABRIKAM}`);
    expect(foreign.body.items).toEqual([]);
    const all = await programAdmin.request('GET', '/api/v1/invitations?limit=2');
    expect(all.body.items).toHaveLength(2);
    const next = await programAdmin.request('GET', `/api/v1/invitations?limit=200&cursor=${all.body.nextCursor}`);
    const ids = [...all.body.items, ...next.body.items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set([...all.body.items, ...next.body.items].map((i: { organisation: { id: string } }) => i.organisation.id))).toEqual(new Set([NORTHWIND, FABRIKAM, VENDOR]));
    const accepted = await programAdmin.request('GET', '/api/v1/invitations?status=ACCEPTED');
    expect(accepted.body.items.map((i: { email: string }) => i.email)).toEqual(['hanna@fabrikam.example']);
  });

  it('create-admin prints a one-time link that makes a program admin, and running it again replaces the link', async () => {
    const first = await createProgramAdmin({ db: t.db, clock: t.clock, config: t.config, input: { email: 'Ops@Vendor.example', name: 'Olga Ops' } });
    expect(first.url).toMatch(/^https:\/\/associa\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
    const second = await createProgramAdmin({ db: t.db, clock: t.clock, config: t.config, input: { email: 'ops@vendor.example', name: 'Olga Ops' } });
    const [, firstToken] = /invitations\/(.+)$/.exec(first.url)!;
    const [, token] = /invitations\/(.+)$/.exec(second.url)!;
    expect((await t.anonymous.request('GET', `/api/v1/invitations/${firstToken}`)).body.error.code).toBe('INVITATION_USED');
    const weak = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Olga Ops', password: 'olgaops123' });
    expect(weak.body.error.details[0].code).toBe('WEAK_PASSWORD');
    const accepted = await t.anonymous.request('POST', `/api/v1/invitations/${token}/accept`, { name: 'Olga Ops', password: STRONG_PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ user: { role: 'PROGRAM_ADMIN' }, organisation: { id: VENDOR, kind: 'VENDOR' } });
    expect(accepted.body.allowedActions).toContain('users.manage');
    await expect(createProgramAdmin({ db: t.db, clock: t.clock, config: t.config, input: { email: 'ops@vendor.example', name: 'Olga' } })).rejects.toMatchObject({ code: 'EMAIL_TAKEN' });
  });

  it('rate-limits accepting one link, with 429 RATE_LIMITED', async () => {
    const bogus = 'a'.repeat(43);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await t.anonymous.request('POST', `/api/v1/invitations/${bogus}/accept`, { name: 'X', password: STRONG_PASSWORD })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    const limited = await t.anonymous.request('POST', `/api/v1/invitations/${bogus}/accept`, { name: 'X', password: STRONG_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toMatch(/Try again in \d+ seconds/);
  });
});

describe('invitations without SMTP', () => {
  it('keeps the message in the outbox with a working link (the outbox is the mailbox)', async () => {
    const local = await createTestApp();
    try {
      const admin = await local.loginAs('program.admin@vendor.example');
      const res = await admin.request('POST', '/api/v1/invitations', { email: 'outbox@fabrikam.example', name: 'Outbox', role: 'PARTNER_USER', organisationId: FABRIKAM });
      expect(res.status).toBe(201);
      const row = await local.db.selectFrom('outbound_emails').selectAll().where('link_ref', '=', res.body.id).executeTakeFirstOrThrow();
      expect(row.state).toBe('OUTBOX');
      const token = accountLinkToken({ text: row.body_text }, 'invitations');
      expect((await local.anonymous.request('GET', `/api/v1/invitations/${token}`)).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});
