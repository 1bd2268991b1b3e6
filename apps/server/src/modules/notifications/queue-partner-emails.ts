import type { Locale, ReasonCode } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { loadCorrectedClaimFields } from '../claims/corrected-claim-fields';
import { publicBaseUrl } from './public-base-url';
import { queueEmail } from './queue-email';
import { renderPartnerEmail, type PartnerTemplate } from './email-templates';

/**
 * Writes one message per recipient (the claim's partner contact, as last corrected, and the
 * partner's administrators) for one event. The key per event and address makes a second run add nothing.
 */
export async function queuePartnerEmails(
  trx: Kysely<Database>,
  { config, claimId, eventId, template, at }: { config: Config; claimId: string; eventId: string; template: PartnerTemplate; at: Date },
): Promise<number> {
  const claim = await trx
    .selectFrom('claims as c')
    .innerJoin('users as creator', 'creator.id', 'c.created_by')
    .leftJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
    .select([
      'c.id', 'c.name', 'c.organisation_id', 'c.customer_name', 'c.info_request_reasons', 'c.info_request_message',
      'c.rejection_message', 'c.response_due_at', 'c.consent_closes_at', 'c.dispute_due_at', 'creator.locale as creator_locale', 't.time_zone',
    ])
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  const event = await trx.selectFrom('claim_events').select('data').where('id', '=', eventId).executeTakeFirstOrThrow();
  const eventData = event.data as { message?: string; reason?: ReasonCode; endDate?: string };
  const contact = (await loadCorrectedClaimFields(trx, claimId)).partnerContact;
  const admins = await trx.selectFrom('users').select(['email', 'locale']).where('organisation_id', '=', claim.organisation_id).where('role', '=', 'PARTNER_ADMIN').where('disabled_at', 'is', null).execute();

  const recipients = new Map<string, Locale>();
  if (contact?.email) recipients.set(contact.email.toLowerCase(), claim.creator_locale);
  for (const a of admins) recipients.set(a.email.toLowerCase(), a.locale);

  const reasonCodes = template === 'ACTION_REQUIRED' ? claim.info_request_reasons : eventData.reason ? [eventData.reason] : [];
  const reasons = reasonCodes.length ? await trx.selectFrom('reason_codes').select(['code', 'message_en', 'message_nl']).where('code', 'in', reasonCodes).execute() : [];
  const deadlineAt =
    template === 'ACTION_REQUIRED' ? claim.response_due_at
    : template === 'REJECTED' ? claim.dispute_due_at
    : template === 'APPROVED' || template === 'DISPUTE_OVERTURNED' ? claim.consent_closes_at
    : template === 'ASSOCIATION_EXPIRING' && eventData.endDate ? new Date(`${eventData.endDate}T00:00:00Z`)
    : null;
  const base = publicBaseUrl(config);

  let queued = 0;
  for (const [to, locale] of recipients) {
    const { subject, text } = renderPartnerEmail(template, locale, {
      claimName: claim.name ?? '',
      claimUrl: `${base}/claims/${claim.id}`,
      customerName: claim.customer_name ?? '',
      reasons: reasons.map((r) => (locale === 'nl' ? r.message_nl : r.message_en)),
      message: eventData.message ?? null,
      // A subscription's end is a calendar date, not an instant in the customer's zone.
      deadline: deadlineAt && claim.time_zone ? { at: deadlineAt, timeZone: template === 'ASSOCIATION_EXPIRING' ? 'UTC' : claim.time_zone } : null,
    });
    const written = await queueEmail(trx, {
      config,
      at,
      email: { idempotencyKey: `claim:${claimId}:${template}:${eventId}:${to}`, claimId, template, to, locale, subject, text },
    });
    if (written) queued++;
  }
  return queued;
}
