import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { renderCustomerEmails } from '../consent/queue-customer-emails';
import type { CustomerTemplate } from '../consent/customer-email-templates';
import type { PartnerTemplate } from './email-templates';
import { renderPartnerEmails } from './queue-partner-emails';
import { queueEmails } from './queue-email';

/** The send jobs of partners' notices in bulk run after due customer messages (graphile-worker: lower runs first, default 0). */
export const PARTNER_SEND_PRIORITY = 1;

/** A claim moved in bulk, and whom its move is told to. */
export type ClaimNotification = { claimId: string; eventId: string; partnerTemplate: PartnerTemplate | null; customerTemplate: CustomerTemplate | null };

/**
 * The messages of status changes made in bulk (closings, sweeps): the partner's and the customer's
 * for each claim, rendered from a handful of queries and written with multi-row inserts in the
 * caller's transaction. Keyed per event and address like the single path, so a rerun adds nothing.
 */
export async function queueClaimNotifications(trx: Kysely<Database>, { config, items, at }: { config: Config; items: ClaimNotification[]; at: Date }): Promise<number> {
  const partner = await renderPartnerEmails(trx, {
    config,
    notices: items.flatMap((i) => (i.partnerTemplate ? [{ claimId: i.claimId, eventId: i.eventId, template: i.partnerTemplate }] : [])),
  });
  const customer = await renderCustomerEmails(trx, {
    notices: items.flatMap((i) => (i.customerTemplate ? [{ claimId: i.claimId, template: i.customerTemplate, key: i.eventId }] : [])),
  });
  // The customer's message first: it carries the association's links, so its send jobs go ahead of
  // the partners' notices (which trail when thousands close at once).
  const customerKeys = new Set(customer.map((e) => e.idempotencyKey));
  return queueEmails(trx, { config, at, emails: [...customer, ...partner], sendPriority: (e) => (customerKeys.has(e.idempotencyKey) ? 0 : PARTNER_SEND_PRIORITY) });
}
