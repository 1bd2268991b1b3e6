import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';
import { hashSecret } from '../../src/lib/secrets';
import { accountLinkToken, auditOf, STRONG_PASSWORD } from '../helpers/account-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/test-app';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const askReset = (email: string) => t.anonymous.request('POST', '/api/v1/auth/password-reset', { email });
const useReset = (token: string, password: string) => t.anonymous.request('POST', `/api/v1/auth/password-reset/${token}`, { password });
const canSignIn = async (email: string, password: string) => (await t.anonymous.request('POST', '/api/v1/auth/login', { email, password })).status === 200;
const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

/** Asks for a reset, delivers it, and answers the token of the newest link. */
async function resetToken(email: string): Promise<string> {
  expect((await askReset(email)).status).toBe(202);
  await drainJobs(t);
  return accountLinkToken(mailsTo(email).at(-1)!, 'reset-password');
}

describe('password reset', () => {
  it('answers an unknown or deactivated address exactly like a known one, and e-mails only the known one', async () => {
    await t.db.updateTable('users').set({ disabled_at: t.clock.now() }).where('email', '=', 'reviewer2@vendor.example').execute();
    const known = await askReset('Reviewer@Vendor.example');
    const unknown = await askReset('nobody@vendor.example');
    const deactivated = await askReset('reviewer2@vendor.example');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(deactivated.body).toEqual(known.body);
    await drainJobs(t);
    expect(mailsTo('nobody@vendor.example')).toEqual([]);
    expect(mailsTo('reviewer2@vendor.example')).toEqual([]);
    const outbox = await t.db.selectFrom('outbound_emails').select(['to_address', 'template', 'claim_id']).where('to_address', 'in', ['reviewer@vendor.example', 'nobody@vendor.example', 'reviewer2@vendor.example']).execute();
    expect(outbox).toEqual([{ to_address: 'reviewer@vendor.example', template: 'PASSWORD_RESET', claim_id: null }]);
    // Rob writes in Dutch: so does his reset e-mail.
    const [mail] = mailsTo('reviewer@vendor.example');
    expect(mail!.subject).toBe('Stel uw Associa-wachtwoord opnieuw in');
    expect(mail!.text).toContain('verloopt over een uur');
    const requested = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'PASSWORD_RESET_REQUESTED').execute();
    expect(requested).toEqual([expect.objectContaining({ actor_type: 'ANONYMOUS', target_id: deterministicUuid('user:reviewer@vendor.example'), target_organisation_id: deterministicUuid('org:vendor'), ip: '127.0.0.1' })]);
  });

  it('sets the password once with a link, ends every session, and a used link changes nothing', async () => {
    const email = 'partner.user@northwind.example';
    const a = await t.loginAs(email);
    const b = await t.loginAs(email);
    const token = await resetToken(email);
    const reset = await t.db.selectFrom('password_resets').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirstOrThrow();
    const stored = await t.db.selectFrom('outbound_emails').select('body_text').where('link_ref', '=', reset.id).executeTakeFirstOrThrow();
    expect(stored.body_text).not.toContain(token);

    const weak = await useReset(token, 'northwind1');
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', code: 'WEAK_PASSWORD' }));
    expect((await a.request('GET', '/api/v1/me')).status).toBe(200);

    const done = await useReset(token, STRONG_PASSWORD);
    expect(done.status, JSON.stringify(done.body)).toBe(204);
    expect((await a.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await b.request('GET', '/api/v1/me')).status).toBe(401);
    expect(await canSignIn(email, DEMO_PASSWORD)).toBe(false);
    expect(await canSignIn(email, STRONG_PASSWORD)).toBe(true);

    const again = await useReset(token, 'Another-quite-long-phrase-7');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PASSWORD_RESET_USED');
    expect(await canSignIn(email, STRONG_PASSWORD)).toBe(true);
    const [entry] = (await auditOf(t.db, reset.user_id)).filter((e) => e.action === 'PASSWORD_RESET');
    expect(entry).toMatchObject({ actor_type: 'USER', actor_user_id: reset.user_id, target_organisation_id: deterministicUuid('org:northwind'), ip: '127.0.0.1' });
  });

  it('spends every other open link of the account with the one used', async () => {
    const email = 'partner.admin@fabrikam.example';
    const first = await resetToken(email);
    const second = await resetToken(email);
    expect(first).not.toBe(second);
    expect((await useReset(second, STRONG_PASSWORD)).status).toBe(204);
    expect((await useReset(first, 'Another-quite-long-phrase-7')).body.error.code).toBe('PASSWORD_RESET_USED');
    expect(await canSignIn(email, STRONG_PASSWORD)).toBe(true);
  });

  it('an expired or unknown link changes nothing', async () => {
    const email = 'partner.admin@northwind.example';
    const token = await resetToken(email);
    const start = t.clock.now();
    t.clock.advance(60 * 60 * 1000 + 1000);
    try {
      const late = await useReset(token, STRONG_PASSWORD);
      expect(late.status).toBe(410);
      expect(late.body.error.code).toBe('PASSWORD_RESET_EXPIRED');
    } finally {
      t.clock.set(start);
    }
    expect(await canSignIn(email, DEMO_PASSWORD)).toBe(true);
    const unknown = await useReset('b'.repeat(43), STRONG_PASSWORD);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('PASSWORD_RESET_INVALID');
  });
});

describe('changing one’s own password', () => {
  it('needs the current password and a strong new one, ends every other session and renews this one', async () => {
    const email = 'program.admin@vendor.example';
    const here = await t.loginAs(email);
    const elsewhere = await t.loginAs(email);
    const wrong = await here.request('POST', '/api/v1/me/password', { currentPassword: 'not-it', newPassword: STRONG_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toContainEqual(expect.objectContaining({ path: 'currentPassword', code: 'WRONG_PASSWORD' }));
    const weak = await here.request('POST', '/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'priyaraman1' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toContainEqual(expect.objectContaining({ path: 'newPassword', code: 'WEAK_PASSWORD' }));
    expect((await elsewhere.request('GET', '/api/v1/me')).status).toBe(200);

    const changed = await here.request('POST', '/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: STRONG_PASSWORD });
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    // This session continues under a new id (the CSRF token stays); the old id and the other session end.
    const renewed = changed.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(renewed).toMatch(/^associa_session=s_/);
    const me = await t.anonymous.request('GET', '/api/v1/me', undefined, { cookie: renewed });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(here.csrfToken);
    expect((await here.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await elsewhere.request('GET', '/api/v1/me')).status).toBe(401);
    expect(await canSignIn(email, STRONG_PASSWORD)).toBe(true);
    expect(await canSignIn(email, DEMO_PASSWORD)).toBe(false);
    const entries = (await auditOf(t.db, deterministicUuid(`user:${email}`))).map((e) => [e.action, e.actor_type]);
    expect(entries).toEqual([['PASSWORD_CHANGED', 'USER']]);
    expect((await t.anonymous.request('POST', '/api/v1/me/password', { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD })).status).toBe(401);
  });
});

describe('rate limits', () => {
  it('limits reset requests per e-mail address and the use of one link', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await askReset('limited@vendor.example')).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await askReset('LIMITED@vendor.example');
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many password reset requests\. Try again in \d+ seconds\.$/) });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const uses: number[] = [];
    for (let i = 0; i < 11; i++) uses.push((await useReset('c'.repeat(43), STRONG_PASSWORD)).status);
    expect(uses).toEqual([...Array(10).fill(404), 429]);
  });

  it('limits reset requests per client address, whatever the e-mail address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31 && !statuses.includes(429); i++) statuses.push((await askReset(`someone${i}@vendor.example`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 202)).toBe(true);
  });
});
