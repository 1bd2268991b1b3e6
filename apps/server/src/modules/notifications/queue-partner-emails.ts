import type { Locale, ReasonCode } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { sendEmailJob } from '../../jobs/send-email.job';
import { recordClaimEvent } from '../claims/record-claim-event';
import { publicBaseUrl } from './public-base-url';
import { renderPartnerEmail, type PartnerTemplate } from './email-templates';

/**
 * Writes one message per recipient (the claim's partner contact and the partner's administrators)
 * for one status change, and a send job for each (or puts it straight in the outbox without SMTP). The key per event and address makes a second run
 * of this add nothing.
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
      'c.id', 'c.name', 'c.organisation_id', 'c.partner_contact', 'c.customer_name', 'c.info_request_reasons', 'c.info_request_message',
      'c.rejection_message', 'c.response_due_at', 'c.consent_closes_at', 'c.dispute_due_at', 'creator.locale as creator_locale', 't.time_zone',
    ])
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  const event = await trx.selectFrom('claim_events').select('data').where('id', '=', eventId).executeTakeFirstOrThrow();
  const eventData = event.data as { message?: string; reason?: ReasonCode; endDate?: string };
  const latestContact = await trx.selectFrom('claim_revisions').select('corrections').where('claim_id', '=', claimId).orderBy('revision', 'desc').execute();
  const corrected = latestContact.map((r) => (r.corrections as { partnerContact?: { email: string } }).partnerContact).find(Boolean);
  const contact = corrected ?? (claim.partner_contact as { email?: string } | null);
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
    // Without a relay the outbox is the delivery: no send job, the message is there at once.
    const toOutbox = !config.smtpUrl;
    const row = await trx
      .insertInto('outbound_emails')
      .values({
        idempotency_key: `claim:${claimId}:${template}:${eventId}:${to}`,
        claim_id: claimId,
        template,
        to_address: to,
        locale,
        subject,
        body_text: text,
        ...(toOutbox ? { state: 'OUTBOX' as const, sent_at: at } : {}),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    if (toOutbox) {
      await recordClaimEvent(trx, { claimId, by: { type: 'SYSTEM' }, at, event: { type: 'EMAIL_SENT', emailId: row.id, template, to, subject, delivery: 'OUTBOX' } });
    } else {
      await enqueueJob(trx, sendEmailJob, { emailId: row.id }, { jobKey: `email:${row.id}` });
    }
    queued++;
  }
  return queued;
}
