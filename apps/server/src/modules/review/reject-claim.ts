import type { RejectionReason } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { decideClaim } from './decide-claim';

/** The reviewer rejects, always with a reason code and a message; the partner may dispute once within the window. */
export async function rejectClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { reason: RejectionReason; message: string } }) {
  await decideClaim({ ...args, action: 'reject', vendorOnly: true }, async (trx, claim, now) => {
    const basis = await loadDeadlineBasis(trx, claim.id);
    await transitionClaim(trx, {
      claimId: claim.id,
      from: claim.status,
      to: 'REJECTED',
      by: { type: 'USER', actor: args.actor },
      at: now,
      reason: args.input.reason,
      message: args.input.message,
      set: {
        rejected_at: now,
        rejected_by: args.actor.userId,
        rejection_reason: args.input.reason,
        rejection_message: args.input.message,
        dispute_due_at: deadlines.dispute(now, basis),
        response_due_at: null,
      },
    });
  });
}
