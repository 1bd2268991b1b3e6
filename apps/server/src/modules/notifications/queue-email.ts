import type { ConsentLinkPurpose, Locale } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { sendEmailJob } from '../../jobs/send-email.job';
import { recordClaimEvent } from '../claims/record-claim-event';
import type { AccountLinkPurpose } from '../people/account-links';
import { fillEmailLinks } from './email-links';
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

/**
 * Writes one message, once per idempotency key, and sends it: a send job with SMTP; without SMTP
 * the outbox is the delivery, so it is there at once (with its personal link made now) and in the
 * claim's history. Answers whether anything was written.
 */
export async function queueEmail(trx: Kysely<Database>, { config, at, email }: { config: Config; at: Date; email: QueuedEmail }): Promise<boolean> {
  const toOutbox = !config.smtpUrl;
  const row = await trx
    .insertInto('outbound_emails')
    .values({
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
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['id', 'claim_id', 'to_address', 'locale', 'link_purpose', 'link_ref', 'link_expires_at'])
    .executeTakeFirst();
  if (!row) return false;
  if (!toOutbox) {
    await enqueueJob(trx, sendEmailJob, { emailId: row.id }, { jobKey: `email:${row.id}` });
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
