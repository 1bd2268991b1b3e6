import type { ConsentLinkPurpose, Locale } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { sendEmailJob } from '../../jobs/send-email.job';
import { recordClaimEvent } from '../claims/record-claim-event';
import { createCustomerLink, customerLinkUrl, withLink } from '../consent/customer-links';
import { publicBaseUrl } from './public-base-url';

/** One message about a claim, ready to be written. */
export type QueuedEmail = {
  idempotencyKey: string;
  claimId: string;
  template: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  /** A personal customer link the body's placeholder stands for. */
  link?: { purpose: ConsentLinkPurpose; expiresAt: Date | null; contactName: string | null };
};

/**
 * Writes one message, once per idempotency key, and sends it: a send job with SMTP; without SMTP
 * the outbox is the delivery, so it is there at once (with its personal link made now) and in the
 * history. Answers whether anything was written.
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
      ...(toOutbox ? { state: 'OUTBOX' as const, sent_at: at } : {}),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  if (!toOutbox) {
    await enqueueJob(trx, sendEmailJob, { emailId: row.id }, { jobKey: `email:${row.id}` });
    return true;
  }
  if (email.link) {
    const { purpose, expiresAt, contactName } = email.link;
    const token = await createCustomerLink(trx, { claimId: email.claimId, purpose, email: email.to, name: contactName, locale: email.locale, emailId: row.id, expiresAt });
    await trx.updateTable('outbound_emails').set({ body_text: withLink(email.text, customerLinkUrl(publicBaseUrl(config), token)) }).where('id', '=', row.id).execute();
  }
  await recordClaimEvent(trx, {
    claimId: email.claimId,
    by: { type: 'SYSTEM' },
    at,
    event: { type: 'EMAIL_SENT', emailId: row.id, template: email.template, to: email.to, subject: email.subject, delivery: 'OUTBOX' },
  });
  return true;
}
