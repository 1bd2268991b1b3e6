import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { recordClaimEvent } from '../claims/record-claim-event';

/** The vendor missed its review target: mark the claim late once, with a history entry. */
export async function flagReviewLate({ db, clock, claimId }: { db: Db; clock: Clock; claimId: string }): Promise<boolean> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await trx.selectFrom('claims').select(['status', 'review_due_at', 'review_late_at']).where('id', '=', claimId).forUpdate().executeTakeFirst();
    if (!claim || !['UNDER_REVIEW', 'DISPUTED'].includes(claim.status) || claim.review_late_at || !claim.review_due_at || claim.review_due_at > now) return false;
    await trx.updateTable('claims').set({ review_late_at: now }).where('id', '=', claimId).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'SYSTEM' }, at: now, event: { type: 'REVIEW_LATE', dueAt: claim.review_due_at.toISOString() } });
    return true;
  });
}
