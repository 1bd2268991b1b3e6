import type { InformationReason } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { deadlines, loadDeadlineBasis } from '../claims/claim-deadlines';
import { transitionClaim } from '../claims/transition-claim';
import { decideClaim } from './decide-claim';

/** The reviewer asks the partner for more: UNDER_REVIEW -> ACTION_REQUIRED, response due in business days. */
export async function requestInformation(args: { db: Db; clock: Clock; actor: Actor; claimId: string; input: { reasons: InformationReason[]; message: string } }) {
  const { actor, input } = args;
  await decideClaim({ ...args, action: 'requestInfo', vendorOnly: true }, async (trx, claim, now) => {
    const basis = await loadDeadlineBasis(trx, claim.id);
    const reasons = [...new Set(input.reasons)];
    await transitionClaim(trx, {
      claimId: claim.id,
      from: claim.status,
      to: 'ACTION_REQUIRED',
      by: { type: 'USER', actor },
      at: now,
      reason: reasons[0],
      message: input.message,
      set: { response_due_at: deadlines.response(now, basis), info_request_reasons: reasons, info_request_message: input.message },
    });
  });
}
