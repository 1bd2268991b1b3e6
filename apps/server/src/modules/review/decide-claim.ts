import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { isVendorStaff } from '../users/policies';
import { BLOCKED_WHILE_SUSPENDED, claimActionsFor } from '../claims/claim-policies';
import { assertPartnerActive } from '../partners/partner-policies';
import { type ClaimRef, getClaimForActor } from '../claims/find-claim-for-actor';
import type { ClaimAction } from '@associa/contracts';

/**
 * Runs one reviewer or partner decision in a transaction with the claim row locked: checks the
 * caller may take `action` on the claim as it is now, then hands over to `apply`.
 */
export async function decideClaim<T>(
  { db, clock, actor, claimId, action, vendorOnly }: { db: Db; clock: Clock; actor: Actor; claimId: string; action: ClaimAction; vendorOnly: boolean },
  apply: (trx: Kysely<Database>, claim: ClaimRef, now: Date) => Promise<T>,
): Promise<T> {
  if (vendorOnly && !isVendorStaff(actor)) throw forbidden('Only vendor reviewers decide claims.');
  if (!vendorOnly && actor.role !== 'PARTNER_ADMIN') throw forbidden('Only an incentives administrator does this.');
  if (BLOCKED_WHILE_SUSPENDED.includes(action)) assertPartnerActive(actor);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!claimActionsFor(actor, claim, now).includes(action)) {
      if (action === 'decideDispute' && claim.status === 'DISPUTED' && claim.rejectedBy === actor.userId) {
        throw new AppError(403, 'SAME_REVIEWER', 'A dispute is decided by a reviewer other than the one who rejected the claim.');
      }
      throw new AppError(409, 'STATUS_CONFLICT', `This can't be done while the claim is ${claim.status}.`);
    }
    return apply(trx, claim, now);
  });
}
