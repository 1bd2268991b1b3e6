import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { attachRevision } from './attach-revision';
import { decideClaim } from './decide-claim';

/** The partner disputes a rejection, once and within its window: REJECTED -> DISPUTED for another reviewer. */
export async function disputeClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { message: string; documentIds: string[] } }) {
  const { actor, input } = args;
  await decideClaim({ ...args, action: 'dispute', vendorOnly: false }, async (trx, claim, now) => {
    await attachRevision(trx, { claim, actor, kind: 'DISPUTE', comment: input.message, corrections: {}, documentIds: input.documentIds, at: now });
    const basis = await loadDeadlineBasis(trx, claim.id);
    await transitionClaim(trx, {
      claimId: claim.id,
      from: 'REJECTED',
      to: 'DISPUTED',
      by: { type: 'USER', actor },
      at: now,
      message: input.message,
      set: { dispute_count: 1, review_due_at: deadlines.review(now, basis), review_late_at: null },
    });
  });
}
