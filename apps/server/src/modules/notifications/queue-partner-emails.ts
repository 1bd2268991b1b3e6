import type { Locale, ReasonCode } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { applyCorrections } from '../claims/corrected-claim-fields';
import { publicBaseUrl } from './public-base-url';
import { queueEmail, type QueuedEmail } from './queue-email';
import { renderPartnerEmail, type PartnerTemplate } from './email-templates';

/** One event a partner is told about. */
export type PartnerNotice = { claimId: string; eventId: string; template: PartnerTemplate };

/**
 * Writes one message per recipient (the claim's partner contact, as last corrected, and the
 * partner's administrators) for one event. The key per event and address makes a second run add nothing.
 */
export async function queuePartnerEmails(
  trx: Kysely<Database>,
  { config, claimId, eventId, template, at }: { config: Config; claimId: string; eventId: string; template: PartnerTemplate; at: Date },
): Promise<number> {
  let queued = 0;
  for (const email of await renderPartnerEmails(trx, { config, notices: [{ claimId, eventId, template }] })) if (await queueEmail(trx, { config, at, email })) queued++;
  return queued;
}

/** The partner messages of many events, read with a handful of queries (for notifications in bulk). */
export async function renderPartnerEmails(trx: Kysely<Database>, { config, notices }: { config: Config; notices: PartnerNotice[] }): Promise<QueuedEmail[]> {
  if (!notices.length) return [];
  const claimIds = [...new Set(notices.map((n) => n.claimId))];
  const claims = new Map(
    (
      await trx
        .selectFrom('claims as c')
        .innerJoin('users as creator', 'creator.id', 'c.created_by')
        .leftJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
        .select([
          'c.id', 'c.name', 'c.organisation_id', 'c.customer_name', 'c.info_request_reasons', 'c.info_request_message', 'c.rejection_message', 'c.response_due_at',
          'c.consent_closes_at', 'c.dispute_due_at', 'c.customer_contact', 'c.customer_technical_contact', 'c.partner_contact', 'c.revenue', 'creator.locale as creator_locale', 't.time_zone',
        ])
        .where('c.id', 'in', claimIds)
        .execute()
    ).map((c) => [c.id, c]),
  );
  const revisions = await trx.selectFrom('claim_revisions').select(['claim_id', 'corrections']).where('claim_id', 'in', claimIds).orderBy('claim_id').orderBy('revision').execute();
  const events = new Map((await trx.selectFrom('claim_events').select(['id', 'data']).where('id', 'in', notices.map((n) => n.eventId)).execute()).map((e) => [String(e.id), e.data]));
  const orgIds = [...new Set([...claims.values()].map((c) => c.organisation_id))];
  const admins = await trx.selectFrom('users').select(['email', 'locale', 'organisation_id']).where('organisation_id', 'in', orgIds).where('role', '=', 'PARTNER_ADMIN').where('disabled_at', 'is', null).execute();
  const codes = new Set<string>();
  for (const n of notices) {
    const c = claims.get(n.claimId);
    const data = events.get(n.eventId) as { reason?: ReasonCode } | undefined;
    if (n.template === 'ACTION_REQUIRED') for (const r of c?.info_request_reasons ?? []) codes.add(r);
    else if (data?.reason) codes.add(data.reason);
  }
  const reasonRows = codes.size ? await trx.selectFrom('reason_codes').select(['code', 'message_en', 'message_nl']).where('code', 'in', [...codes] as ReasonCode[]).execute() : [];
  const reasonByCode = new Map(reasonRows.map((r) => [r.code, r]));
  const base = publicBaseUrl(config);

  const emails: QueuedEmail[] = [];
  for (const { claimId, eventId, template } of notices) {
    const claim = claims.get(claimId);
    const eventData = events.get(eventId) as { message?: string; reason?: ReasonCode; endDate?: string } | undefined;
    if (!claim || !eventData) throw new Error(`claim ${claimId} or event ${eventId} not found`);
    const contact = applyCorrections(claim, revisions.filter((r) => r.claim_id === claimId)).partnerContact;
    const recipients = new Map<string, Locale>();
    if (contact?.email) recipients.set(contact.email.toLowerCase(), claim.creator_locale);
    for (const a of admins) if (a.organisation_id === claim.organisation_id) recipients.set(a.email.toLowerCase(), a.locale);
    const reasonCodes = template === 'ACTION_REQUIRED' ? claim.info_request_reasons : eventData.reason ? [eventData.reason] : [];
    const reasons = reasonCodes.flatMap((code) => reasonByCode.get(code) ?? []);
    const deadlineAt =
      template === 'ACTION_REQUIRED' ? claim.response_due_at
      : template === 'REJECTED' ? claim.dispute_due_at
      : template === 'APPROVED' || template === 'DISPUTE_OVERTURNED' ? claim.consent_closes_at
      : template === 'ASSOCIATION_EXPIRING' && eventData.endDate ? new Date(`${eventData.endDate}T00:00:00Z`)
      : null;
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
      emails.push({ idempotencyKey: `claim:${claimId}:${template}:${eventId}:${to}`, claimId, template, to, locale, subject, text });
    }
  }
  return emails;
}
