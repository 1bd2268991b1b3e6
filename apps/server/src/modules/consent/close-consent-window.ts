import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { activateClaim, type ActivationOutcome } from '../associations/activate-claim';

/**
 * The consent window closed without an opt-out: the association activates. Safe to run any number
 * of times (a claim no longer in CUSTOMER_CONSENT, or whose window was reopened, is left alone).
 */
export async function closeConsentWindow({ db, clock, claimId }: { db: Db; clock: Clock; claimId: string }): Promise<ActivationOutcome> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await trx.selectFrom('claims').select(['status', 'consent_closes_at']).where('id', '=', claimId).executeTakeFirst();
    if (claim?.status !== 'CUSTOMER_CONSENT' || !claim.consent_closes_at || claim.consent_closes_at > now) return 'NOT_IN_CONSENT';
    return activateClaim(trx, { claimId, by: { type: 'SYSTEM' }, at: now, how: 'ACTIVATED_BY_SILENCE', closedBy: now });
  });
}
