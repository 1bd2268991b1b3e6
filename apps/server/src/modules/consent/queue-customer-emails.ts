import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { applyCorrections } from '../claims/corrected-claim-fields';
import { queueEmail, type QueuedEmail } from '../notifications/queue-email';
import { type CustomerTemplate, customerLocale, renderCustomerEmail } from './customer-email-templates';

/** One occasion a claim's customer contacts are written to; `key` names it (the event, or the window for a reminder). */
export type CustomerNotice = { claimId: string; template: CustomerTemplate; key: string };

/**
 * Writes one message per customer contact, each carrying its own personal link. With SMTP the link
 * is made when the message is sent, so the stored copy never holds it; without SMTP the outbox is
 * the mailbox, so it is made now. `key` names the occasion: a second run for it adds nothing.
 */
export async function queueCustomerEmails(
  trx: Kysely<Database>,
  { config, claimId, template, key, at }: { config: Config; claimId: string; template: CustomerTemplate; key: string; at: Date },
): Promise<number> {
  let queued = 0;
  for (const email of await renderCustomerEmails(trx, { notices: [{ claimId, template, key }] })) if (await queueEmail(trx, { config, at, email })) queued++;
  return queued;
}

/**
 * The customer messages of many occasions, read with a handful of queries (for notifications in
 * bulk). A request or reminder for a claim no longer waiting for its customer writes nothing.
 */
export async function renderCustomerEmails(trx: Kysely<Database>, { notices }: { notices: CustomerNotice[] }): Promise<QueuedEmail[]> {
  if (!notices.length) return [];
  const claimIds = [...new Set(notices.map((n) => n.claimId))];
  const claims = new Map(
    (
      await trx
        .selectFrom('claims as c')
        .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
        .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
        .select([
          'c.id', 'c.status', 'c.consent_closes_at', 'c.customer_name', 'c.customer_domain', 'c.name', 'c.customer_contact', 'c.customer_technical_contact', 'c.partner_contact', 'c.revenue',
          'o.name as partner_name', 't.name as tenant_name', 't.country', 't.time_zone',
        ])
        .where('c.id', 'in', claimIds)
        .execute()
    ).map((c) => [c.id, c]),
  );
  const lines = await trx
    .selectFrom('claim_lines as l')
    .leftJoin('products as p', 'p.code', 'l.product_code')
    .select(['l.claim_id', 'l.product_code', 'l.subscription_id', 'p.name'])
    .where('l.claim_id', 'in', claimIds)
    .orderBy('l.claim_id')
    .orderBy('l.position')
    .execute();
  const revisions = await trx.selectFrom('claim_revisions').select(['claim_id', 'corrections']).where('claim_id', 'in', claimIds).orderBy('claim_id').orderBy('revision').execute();

  const emails: QueuedEmail[] = [];
  for (const { claimId, template, key } of notices) {
    const claim = claims.get(claimId);
    if (!claim) throw new Error(`claim ${claimId} not found`);
    // A request or reminder that comes after the customer answered (or the window closed) would only confuse.
    if (template !== 'ASSOCIATION_ACTIVE' && claim.status !== 'CUSTOMER_CONSENT') continue;
    const locale = customerLocale(claim.country);
    const purpose = template === 'ASSOCIATION_ACTIVE' ? 'REVOKE' : 'CONSENT';
    const expiresAt = purpose === 'CONSENT' ? claim.consent_closes_at : null;
    const fields = applyCorrections(claim, revisions.filter((r) => r.claim_id === claimId));
    const contacts = new Map<string, { name: string | null; email: string }>();
    for (const c of [fields.customerContact, fields.customerTechnicalContact]) {
      const email = c?.email?.toLowerCase();
      if (email && !contacts.has(email)) contacts.set(email, { name: c?.name ?? null, email });
    }
    const mine = lines.filter((l) => l.claim_id === claimId);
    for (const contact of contacts.values()) {
      const { subject, text } = renderCustomerEmail(template, locale, {
        contactName: contact.name,
        partnerName: claim.partner_name,
        customerName: claim.customer_name ?? claim.tenant_name ?? claim.customer_domain ?? '',
        lines: mine.map((l) => `${l.name ?? l.product_code}${l.subscription_id ? ` (subscription ${l.subscription_id})` : ''}`),
        closesAt: claim.consent_closes_at ? { at: claim.consent_closes_at, timeZone: claim.time_zone } : null,
      });
      emails.push({
        idempotencyKey: `customer:${claimId}:${template}:${key}:${contact.email}`,
        claimId,
        template,
        to: contact.email,
        locale,
        subject,
        text,
        link: { purpose, expiresAt, contactName: contact.name },
      });
    }
  }
  return emails;
}
