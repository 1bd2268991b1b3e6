import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';

/**
 * The partner did not answer in time: ACTION_REQUIRED -> REJECTED with NO_PARTNER_RESPONSE.
 * Re-reads the claim under lock and does nothing if it moved on or the deadline moved.
 */
export async function expireInformationRequest({ db, clock, claimId }: { db: Db; clock: Clock; claimId: string }): Promise<boolean> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await trx.selectFrom('claims').select(['status', 'response_due_at']).where('id', '=', claimId).forUpdate().executeTakeFirst();
    if (!claim || claim.status !== 'ACTION_REQUIRED' || !claim.response_due_at || claim.response_due_at > now) return false;
    const basis = await loadDeadlineBasis(trx, claimId);
    const message = 'No response to the information request by its deadline.';
    await transitionClaim(trx, {
      claimId,
      from: 'ACTION_REQUIRED',
      to: 'REJECTED',
      by: { type: 'SYSTEM' },
      at: now,
      reason: 'NO_PARTNER_RESPONSE',
      message,
      set: { rejected_at: now, rejected_by: null, rejection_reason: 'NO_PARTNER_RESPONSE', rejection_message: message, dispute_due_at: deadlines.dispute(now, basis), response_due_at: null },
    });
    return true;
  });
}
