import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { consentTimers, consentWindow, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { assertFirstValidOrder } from './assert-first-valid-order';
import { decideClaim } from './decide-claim';

/** The reviewer approves: UNDER_REVIEW -> CUSTOMER_CONSENT, with the consent window's closing instant stored. */
export async function approveClaim(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { message?: string } }) {
  await decideClaim({ ...args, action: 'approve', vendorOnly: true }, async (trx, claim, now) => {
    await assertFirstValidOrder(trx, claim.id);
    const basis = await loadDeadlineBasis(trx, claim.id);
    const window = consentWindow(now, basis);
    await transitionClaim(trx, {
      claimId: claim.id,
      from: claim.status,
      to: 'CUSTOMER_CONSENT',
      by: { type: 'USER', actor: args.actor },
      at: now,
      message: args.input.message,
      set: window,
      followUps: consentTimers(claim.id, window),
    });
  });
}
