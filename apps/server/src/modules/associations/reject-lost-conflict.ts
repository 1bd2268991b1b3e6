import type { ClaimStatus } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';

/**
 * Under FIRST_VALID_WINS: a claim that lost its key to an earlier valid claim is rejected with
 * LOST_CONFLICT; like any rejection, the partner may dispute it once.
 */
export async function rejectLostConflict(trx: Kysely<Database>, { claimId, from, at, message }: { claimId: string; from: ClaimStatus; at: Date; message: string }): Promise<void> {
  const basis = await loadDeadlineBasis(trx, claimId);
  await transitionClaim(trx, {
    claimId,
    from,
    to: 'REJECTED',
    by: { type: 'SYSTEM' },
    at,
    reason: 'LOST_CONFLICT',
    message,
    set: {
      rejected_at: at,
      rejected_by: null,
      rejection_reason: 'LOST_CONFLICT',
      rejection_message: message,
      dispute_due_at: deadlines.dispute(at, basis),
      response_due_at: null,
    },
  });
}
