import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { deadlines, loadDeadlineBases } from '../claims/claim-deadlines';
import { transitionClaims } from '../claims/transition-claims';

/** Claims one expiry transaction rejects. */
export const EXPIRY_BATCH = 1000;

const MESSAGE = 'No response to the information request by its deadline.';

/**
 * The batch variant of expireInformationRequest, run by the deadline sweep: every information
 * request past its deadline, ACTION_REQUIRED -> REJECTED (NO_PARTNER_RESPONSE), a batch per
 * transaction. Rows are locked with SKIP LOCKED and re-checked, and the transition is guarded by
 * status, so a claim answered meanwhile is left alone and none is rejected twice. Answers how many.
 */
export async function expireInformationRequests({ db, clock, max = 50_000 }: { db: Db; clock: Clock; max?: number }): Promise<number> {
  let total = 0;
  while (total < max) {
    const now = clock.now();
    const { found, moved } = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('claims')
        .select('id')
        .where('status', '=', 'ACTION_REQUIRED')
        .where('response_due_at', '<=', now)
        .where('deleted_at', 'is', null)
        .orderBy('response_due_at')
        .limit(Math.min(EXPIRY_BATCH, max - total))
        .forUpdate()
        .skipLocked()
        .execute();
      if (!due.length) return { found: 0, moved: 0 };
      const ids = due.map((d) => d.id);
      const bases = await loadDeadlineBases(trx, ids);
      const dues = new Map([...bases].map(([id, b]) => [id, deadlines.dispute(now, b)]));
      const done = await transitionClaims(trx, {
        claimIds: ids.filter((id) => dues.has(id)),
        from: 'ACTION_REQUIRED',
        to: 'REJECTED',
        by: { type: 'SYSTEM' },
        at: now,
        reason: 'NO_PARTNER_RESPONSE',
        message: () => MESSAGE,
        set: { rejected_at: now, rejected_by: null, rejection_reason: 'NO_PARTNER_RESPONSE', rejection_message: MESSAGE, response_due_at: null },
        setEach: { dispute_due_at: dues },
      });
      return { found: due.length, moved: done.length };
    });
    total += moved;
    if (found < EXPIRY_BATCH || moved === 0) break;
  }
  return total;
}
