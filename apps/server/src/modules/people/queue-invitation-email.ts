import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { queueEmail } from '../notifications/queue-email';
import { renderAccountEmail } from './account-email-templates';
import type { InvitationRow } from './invitation-rows';

/**
 * Writes the invitation e-mail for the invitation's current sending (one per `send_count`); its
 * link is made when it is sent, which replaces the link of any earlier e-mail.
 */
export async function queueInvitationEmail(trx: Kysely<Database>, { config, at, invitation }: { config: Config; at: Date; invitation: InvitationRow }): Promise<void> {
  const { subject, text } = renderAccountEmail('INVITATION', invitation.locale, {
    name: invitation.name,
    email: invitation.email,
    expiresAt: invitation.expires_at,
    invitedBy: invitation.invited_by_name,
    organisationName: invitation.organisation_name,
    role: invitation.role,
  });
  await queueEmail(trx, {
    config,
    at,
    email: {
      idempotencyKey: `invitation:${invitation.id}:${invitation.send_count}`,
      claimId: null,
      template: 'INVITATION',
      to: invitation.email,
      locale: invitation.locale,
      subject,
      text,
      link: { purpose: 'INVITATION', ref: invitation.id, expiresAt: invitation.expires_at },
    },
  });
}
