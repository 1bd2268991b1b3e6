import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { sendEmailJob } from '../../jobs/send-email.job';
import { recordClaimEvent } from '../claims/record-claim-event';
import { publicBaseUrl } from '../notifications/public-base-url';
import { claimCustomerContacts } from './claim-customer-contacts';
import { type CustomerTemplate, customerLocale, renderCustomerEmail } from './customer-email-templates';
import { createCustomerLink, customerLinkUrl, withLink } from './customer-links';

/**
 * Writes one message per customer contact, each carrying its own personal link, and a send job for
 * each. With SMTP the link is made when the message is sent, so the stored copy never holds it;
 * without SMTP the outbox is the mailbox, so the link is made now. `key` names the occasion: a
 * second run for the same occasion adds nothing.
 */
export async function queueCustomerEmails(
  trx: Kysely<Database>,
  { config, claimId, template, key, at }: { config: Config; claimId: string; template: CustomerTemplate; key: string; at: Date },
): Promise<number> {
  const claim = await trx
    .selectFrom('claims as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
    .select(['c.id', 'c.status', 'c.consent_closes_at', 'c.customer_name', 'c.customer_domain', 'o.name as partner_name', 't.name as tenant_name', 't.country', 't.time_zone'])
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  // A request or reminder that comes after the customer answered (or the window closed) would only confuse.
  if (template !== 'ASSOCIATION_ACTIVE' && claim.status !== 'CUSTOMER_CONSENT') return 0;
  const lines = await trx
    .selectFrom('claim_lines as l')
    .leftJoin('products as p', 'p.code', 'l.product_code')
    .select(['l.product_code', 'l.subscription_id', 'p.name'])
    .where('l.claim_id', '=', claimId)
    .orderBy('l.position')
    .execute();
  const locale = customerLocale(claim.country);
  const purpose = template === 'ASSOCIATION_ACTIVE' ? 'REVOKE' : 'CONSENT';
  const expiresAt = purpose === 'CONSENT' ? claim.consent_closes_at : null;
  const base = publicBaseUrl(config);
  let queued = 0;
  for (const contact of await claimCustomerContacts(trx, claimId)) {
    const { subject, text } = renderCustomerEmail(template, locale, {
      contactName: contact.name,
      partnerName: claim.partner_name,
      customerName: claim.customer_name ?? claim.tenant_name ?? claim.customer_domain ?? '',
      lines: lines.map((l) => `${l.name ?? l.product_code}${l.subscription_id ? ` (subscription ${l.subscription_id})` : ''}`),
      closesAt: claim.consent_closes_at ? { at: claim.consent_closes_at, timeZone: claim.time_zone } : null,
    });
    const toOutbox = !config.smtpUrl;
    const row = await trx
      .insertInto('outbound_emails')
      .values({
        idempotency_key: `customer:${claimId}:${template}:${key}:${contact.email}`,
        claim_id: claimId,
        template,
        to_address: contact.email,
        locale,
        subject,
        body_text: text,
        link_purpose: purpose,
        link_expires_at: expiresAt,
        ...(toOutbox ? { state: 'OUTBOX' as const, sent_at: at } : {}),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    queued++;
    if (!toOutbox) {
      await enqueueJob(trx, sendEmailJob, { emailId: row.id }, { jobKey: `email:${row.id}` });
      continue;
    }
    const token = await createCustomerLink(trx, { claimId, purpose, email: contact.email, name: contact.name, locale, emailId: row.id, expiresAt });
    await trx.updateTable('outbound_emails').set({ body_text: withLink(text, customerLinkUrl(base, token)) }).where('id', '=', row.id).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'SYSTEM' }, at, event: { type: 'EMAIL_SENT', emailId: row.id, template, to: contact.email, subject, delivery: 'OUTBOX' } });
  }
  return queued;
}
