import type { ConsentLinkPurpose, Locale } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { enqueueJob, enqueueJobs, type JobSpec } from '../../jobs/enqueue-job';
import { EMAIL_BATCH } from '../../jobs/job-names';
import { type ClaimEventRow, recordClaimEvents } from '../claims/transition-claims';
import { recordClaimEvent } from '../claims/record-claim-event';
import type { AccountLinkPurpose } from '../people/account-links';
import { type EmailLinkFields, fillEmailLinks } from './email-links';
import { publicBaseUrl } from './public-base-url';

/** The personal link a body's placeholder stands for: a customer's (about the claim; `ref`: the tenant of a customer page link) or an account's (`ref`: the invitation or reset). */
export type EmailLink =
  | { purpose: ConsentLinkPurpose; expiresAt: Date | null; contactName: string | null }
  | { purpose: 'TENANT'; expiresAt: null; ref: string }
  | { purpose: AccountLinkPurpose; expiresAt: Date; ref: string };

/** One message, ready to be written: about a claim (its history records the delivery), or an account e-mail with no claim. */
export type QueuedEmail = {
  idempotencyKey: string;
  claimId: string | null;
  template: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  link?: EmailLink;
};

// One e-mail's outbox row; written straight to the outbox (as sent) when no SMTP relay is set.
function outboundRow(email: QueuedEmail, at: Date, toOutbox: boolean) {
  return {
    idempotency_key: email.idempotencyKey,
    claim_id: email.claimId,
    template: email.template,
    to_address: email.to,
    locale: email.locale,
    subject: email.subject,
    body_text: email.text,
    link_purpose: email.link?.purpose ?? null,
    link_expires_at: email.link?.expiresAt ?? null,
    link_ref: email.link && 'ref' in email.link ? email.link.ref : null,
    ...(toOutbox ? { state: 'OUTBOX' as const, sent_at: at } : {}),
  };
}

/**
 * Writes one message, once per idempotency key, and sends it: a send job with SMTP; without SMTP
 * the outbox is the delivery, so it is there at once (with its personal link made now) and in the
 * claim's history. Answers whether anything was written.
 */
export async function queueEmail(trx: Kysely<Database>, { config, at, email }: { config: Config; at: Date; email: QueuedEmail }): Promise<boolean> {
  const toOutbox = !config.smtpUrl;
  const row = await trx
    .insertInto('outbound_emails')
    .values(outboundRow(email, at, toOutbox))
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['id', 'claim_id', 'to_address', 'locale', 'link_purpose', 'link_ref', 'link_expires_at'])
    .executeTakeFirst();
  if (!row) return false;
  if (!toOutbox) {
    await enqueueJob(trx, 'send-email', { emailId: row.id }, { jobKey: `email:${row.id}` });
    return true;
  }
  if (email.link) {
    const contactName = 'contactName' in email.link ? email.link.contactName : null;
    const text = await fillEmailLinks(trx, { email: row, body: email.text, contactName, now: at, baseUrl: publicBaseUrl(config) });
    if (text) await trx.updateTable('outbound_emails').set({ body_text: text }).where('id', '=', row.id).execute();
  }
  if (email.claimId) {
    await recordClaimEvent(trx, {
      claimId: email.claimId,
      by: { type: 'SYSTEM' },
      at,
      event: { type: 'EMAIL_SENT', emailId: row.id, template: email.template, to: email.to, subject: email.subject, delivery: 'OUTBOX' },
    });
  }
  return true;
}

/**
 * The batch variant of queueEmail: one multi-row insert (once per idempotency key), then with SMTP
 * one send job per EMAIL_BATCH messages of the same `sendPriority` (among due jobs, lower runs
 * first; default 0); without SMTP each message is in the outbox at once, with its link made now and
 * its history entry. Answers how many were written.
 */
export async function queueEmails(
  trx: Kysely<Database>,
  { config, at, emails, sendPriority }: { config: Config; at: Date; emails: QueuedEmail[]; sendPriority?: (email: QueuedEmail) => number },
): Promise<number> {
  if (!emails.length) return 0;
  const toOutbox = !config.smtpUrl;
  const rows: { id: string; claim_id: string | null; to_address: string; locale: Locale; link_purpose: ConsentLinkPurpose | AccountLinkPurpose | 'TENANT' | null; link_ref: string | null; link_expires_at: Date | null; idempotency_key: string }[] = [];
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    rows.push(
      ...((await trx
        .insertInto('outbound_emails')
        .values(
          chunk.map((email) => outboundRow(email, at, toOutbox)),
        )
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning(['id', 'claim_id', 'to_address', 'locale', 'link_purpose', 'link_ref', 'link_expires_at', 'idempotency_key'])
        .execute()) as typeof rows),
    );
  }
  if (!rows.length) return 0;
  const byKey = new Map(emails.map((e) => [e.idempotencyKey, e]));
  if (!toOutbox) {
    const byPriority = new Map<number, string[]>();
    for (const row of rows) {
      const priority = sendPriority?.(byKey.get(row.idempotency_key)!) ?? 0;
      const ids = byPriority.get(priority);
      if (ids) ids.push(row.id);
      else byPriority.set(priority, [row.id]);
    }
    const jobs: JobSpec[] = [];
    for (const [priority, ids] of [...byPriority].sort((a, b) => a[0] - b[0])) {
      for (let i = 0; i < ids.length; i += EMAIL_BATCH) jobs.push({ name: 'send-emails', payload: { emailIds: ids.slice(i, i + EMAIL_BATCH) }, ...(priority ? { priority } : {}) });
    }
    await enqueueJobs(trx, jobs);
    return rows.length;
  }
  const events: ClaimEventRow[] = [];
  for (const row of rows) {
    const email = byKey.get(row.idempotency_key)!;
    if (email.link) {
      const contactName = 'contactName' in email.link ? email.link.contactName : null;
      const text = await fillEmailLinks(trx, { email: row as EmailLinkFields, body: email.text, contactName, now: at, baseUrl: publicBaseUrl(config) });
      if (text) await trx.updateTable('outbound_emails').set({ body_text: text }).where('id', '=', row.id).execute();
    }
    if (email.claimId) events.push({ claimId: email.claimId, event: { type: 'EMAIL_SENT', emailId: row.id, template: email.template, to: email.to, subject: email.subject, delivery: 'OUTBOX' } });
  }
  // Claim rows are locked in one order by every writer of history in bulk (the chain trigger locks each).
  events.sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  for (let i = 0; i < events.length; i += 1000) await recordClaimEvents(trx, { by: { type: 'SYSTEM' }, at, rows: events.slice(i, i + 1000) });
  return rows.length;
}
