import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { transitionClaim } from '../claims/transition-claim';
import { decideClaim } from './decide-claim';

/** The partner withdraws a claim that is still open; it ends for good. */
export async function withdrawClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { message?: string } }) {
  await decideClaim({ ...args, action: 'withdraw', vendorOnly: false }, async (trx, claim, now) => {
    await transitionClaim(trx, {
      claimId: claim.id,
      from: claim.status,
      to: 'WITHDRAWN',
      by: { type: 'USER', actor: args.actor },
      at: now,
      reason: 'WITHDRAWN',
      message: args.input.message,
      set: { response_due_at: null },
    });
  });
}
