import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { consentTimers, consentWindow, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { decideClaim } from './decide-claim';

/** A second reviewer decides a dispute: upheld stays REJECTED for good, overturned goes to the customer. */
export async function decideDispute(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { outcome: 'UPHELD' | 'OVERTURNED'; message: string } }) {
  const { actor, input } = args;
  await decideClaim({ ...args, action: 'decideDispute', vendorOnly: true }, async (trx, claim, now) => {
    if (input.outcome === 'UPHELD') {
      await transitionClaim(trx, { claimId: claim.id, from: 'DISPUTED', to: 'REJECTED', by: { type: 'USER', actor }, at: now, message: `Dispute upheld: ${input.message}`, set: { dispute_due_at: null } });
      return;
    }
    const basis = await loadDeadlineBasis(trx, claim.id);
    const window = consentWindow(now, basis);
    await transitionClaim(trx, {
      claimId: claim.id,
      from: 'DISPUTED',
      to: 'CUSTOMER_CONSENT',
      by: { type: 'USER', actor },
      at: now,
      message: `Dispute overturned: ${input.message}`,
      set: { ...window, dispute_due_at: null },
      followUps: consentTimers(claim.id, window),
    });
  });
}
