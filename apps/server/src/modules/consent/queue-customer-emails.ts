import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { queueEmail } from '../notifications/queue-email';
import { claimCustomerContacts } from './claim-customer-contacts';
import { type CustomerTemplate, customerLocale, renderCustomerEmail } from './customer-email-templates';

/**
 * Writes one message per customer contact, each carrying its own personal link. With SMTP the link
 * is made when the message is sent, so the stored copy never holds it; without SMTP the outbox is
 * the mailbox, so it is made now. `key` names the occasion: a second run for it adds nothing.
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
  let queued = 0;
  for (const contact of await claimCustomerContacts(trx, claimId)) {
    const { subject, text } = renderCustomerEmail(template, locale, {
      contactName: contact.name,
      partnerName: claim.partner_name,
      customerName: claim.customer_name ?? claim.tenant_name ?? claim.customer_domain ?? '',
      lines: lines.map((l) => `${l.name ?? l.product_code}${l.subscription_id ? ` (subscription ${l.subscription_id})` : ''}`),
      closesAt: claim.consent_closes_at ? { at: claim.consent_closes_at, timeZone: claim.time_zone } : null,
    });
    const written = await queueEmail(trx, {
      config,
      at,
      email: {
        idempotencyKey: `customer:${claimId}:${template}:${key}:${contact.email}`,
        claimId,
        template,
        to: contact.email,
        locale,
        subject,
        text,
        link: { purpose, expiresAt, contactName: contact.name },
      },
    });
    if (written) queued++;
  }
  return queued;
}
