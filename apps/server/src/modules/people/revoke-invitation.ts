import type { Invitation } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { auditByActor, recordAudit } from '../audit/record-audit';
import type { Actor } from '../users/actor';
import { getInvitationForActor } from './get-invitation-for-actor';
import { assertInvitationOpen, invitationAuditTarget } from './invitation-rows';
import { presentInvitation } from './present-invitation';

/** Withdraws a pending invitation: its link then answers 409 INVITATION_USED. Revoking twice changes nothing. */
export async function revokeInvitation({ db, clock, actor, invitationId, ip }: { db: Db; clock: Clock; actor: Actor; invitationId: string; ip: string | null }): Promise<Invitation> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const current = await getInvitationForActor(trx, actor, invitationId);
    if (current.revoked_at) return presentInvitation(current, now);
    assertInvitationOpen(current);
    await trx.updateTable('invitations').set({ revoked_at: now }).where('id', '=', invitationId).execute();
    await recordAudit(trx, {
      at: now,
      by: auditByActor(actor),
      action: 'INVITATION_REVOKED',
      target: invitationAuditTarget(current),
      ip,
    });
    return presentInvitation({ ...current, revoked_at: now }, now);
  });
}
