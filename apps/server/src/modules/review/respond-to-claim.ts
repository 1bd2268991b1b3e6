import type { ClaimCorrections } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { attachRevision } from './attach-revision';
import { decideClaim } from './decide-claim';

/** The partner answers an information request: a new revision, and the claim goes back to review. */
export async function respondToClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { comment: string; documentIds: string[]; corrections: ClaimCorrections } }) {
  const { actor, input } = args;
  await decideClaim({ ...args, action: 'respond', vendorOnly: false }, async (trx, claim, now) => {
    const revision = await attachRevision(trx, { claim, actor, kind: 'RESPONSE', comment: input.comment, corrections: input.corrections, documentIds: input.documentIds, at: now });
    const basis = await loadDeadlineBasis(trx, claim.id);
    await transitionClaim(trx, {
      claimId: claim.id,
      from: 'ACTION_REQUIRED',
      to: 'UNDER_REVIEW',
      by: { type: 'USER', actor },
      at: now,
      message: `Revision ${revision}: ${input.comment}`,
      set: { response_due_at: null, info_request_reasons: [], info_request_message: null, review_due_at: deadlines.review(now, basis), review_late_at: null },
    });
  });
}
