import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { recordClaimEvent } from '../claims/record-claim-event';
import { decideClaim } from './decide-claim';

/** A reviewer takes a claim (or lets it go), so the queue shows who is on it. */
export async function assignClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; assign: boolean }) {
  await decideClaim({ ...args, action: 'assign', vendorOnly: true }, async (trx, claim, now) => {
    await trx.updateTable('claims').set({ assigned_reviewer_id: args.assign ? args.actor.userId : null }).where('id', '=', claim.id).execute();
    await recordClaimEvent(trx, { claimId: claim.id, by: { type: 'USER', actor: args.actor }, at: now, event: { type: 'REVIEWER_ASSIGNED', reviewer: args.assign ? args.actor.name : null } });
  });
}
