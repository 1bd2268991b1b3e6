import type { ClaimComment } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { claimActionsFor } from './claim-policies';
import { getClaimForActor } from './find-claim-for-actor';
import { recordClaimEvent } from './record-claim-event';

/** Adds to the claim's comment thread; a comment never changes the claim itself. */
export async function addClaimComment({ db, clock, actor, claimId, body }: { db: Db; clock: Clock; actor: Actor; claimId: string; body: string }): Promise<ClaimComment> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId);
    if (!claimActionsFor(actor, claim).includes('comment')) throw forbidden('You may read this claim but not comment on it.');
    const row = await trx.insertInto('claim_comments').values({ claim_id: claimId, author_id: actor.userId, body, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'COMMENT_ADDED', commentId: row.id, excerpt: body.slice(0, 140) } });
    return { id: row.id, body, authorName: actor.name, authorSide: actor.organisationKind === 'VENDOR' ? 'VENDOR' : 'PARTNER', createdAt: now.toISOString() };
  });
}
