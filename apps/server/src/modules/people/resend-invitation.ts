import type { Invitation } from '@associa/contracts';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { auditByActor, recordAudit } from '../audit/record-audit';
import type { Actor } from '../users/actor';
import { getInvitationForActor } from './get-invitation-for-actor';
import { assertInvitationOpen, invitationAuditTarget } from './invitation-rows';
import { invitationExpiry } from './insert-invitation';
import { presentInvitation } from './present-invitation';
import { queueInvitationEmail } from './queue-invitation-email';

/**
 * Sends a pending (or expired, unanswered) invitation again with a new link and a new expiry; the
 * old link stops working at once, before the new message is even sent.
 */
export async function resendInvitation({ db, clock, config, actor, invitationId, ip }: { db: Db; clock: Clock; config: Config; actor: Actor; invitationId: string; ip: string | null }): Promise<Invitation> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const current = await getInvitationForActor(trx, actor, invitationId);
    assertInvitationOpen(current);
    const updated = await trx
      .updateTable('invitations')
      .set((eb) => ({ token_hash: null, expires_at: invitationExpiry(now), last_sent_at: now, send_count: eb('send_count', '+', 1) }))
      .where('id', '=', invitationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const invitation = { ...current, ...updated };
    await queueInvitationEmail(trx, { config, at: now, invitation });
    await recordAudit(trx, {
      at: now,
      by: auditByActor(actor),
      action: 'INVITATION_RESENT',
      target: invitationAuditTarget(invitation),
      details: { sendCount: invitation.send_count, expiresAt: invitation.expires_at.toISOString() },
      ip,
    });
    return presentInvitation(invitation, now);
  });
}
