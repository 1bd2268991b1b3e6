import type { AssociationEndReason } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { recordClaimEvent, type EventActor } from '../claims/record-claim-event';
import { transitionClaim } from '../claims/transition-claim';
import { describeKey } from './association-keys';

/**
 * Ends active associations with one reason, in the caller's transaction: a history entry per
 * association, the claim ENDED once none of its associations is left, and one message to the
 * partner per claim. Associations someone else ended first are skipped; answers the ones ended here.
 */
export async function endAssociations(
  trx: Kysely<Database>,
  { associationIds, reason, message, by, at }: { associationIds: string[]; reason: AssociationEndReason; message?: string; by: EventActor; at: Date },
): Promise<string[]> {
  if (!associationIds.length) return [];
  const claimIds = await trx.selectFrom('associations').select('claim_id').distinct().where('id', 'in', associationIds).execute();
  // Claim rows first, in one order, then association rows: the order every path here follows.
  const claims = await trx
    .selectFrom('claims')
    .select(['id', 'status'])
    .where('id', 'in', claimIds.map((c) => c.claim_id))
    .orderBy('id')
    .forUpdate()
    .execute();
  const ended = await trx
    .updateTable('associations')
    .set({ status: 'ENDED', ended_at: at, end_reason: reason, end_message: message ?? null })
    .where('id', 'in', associationIds)
    .where('status', '=', 'ACTIVE')
    .returning(['id', 'claim_id', 'program_code', 'product_code', 'subscription_id'])
    .execute();
  for (const claim of claims) {
    const mine = ended.filter((a) => a.claim_id === claim.id);
    if (!mine.length) continue;
    let lastEventId = '';
    for (const a of mine) {
      lastEventId = await recordClaimEvent(trx, {
        claimId: claim.id,
        by,
        at,
        event: { type: 'ASSOCIATION_ENDED', associationId: a.id, program: a.program_code, key: describeKey({ program: a.program_code, productCode: a.product_code, subscriptionId: a.subscription_id }), reason, message },
      });
    }
    const left = await trx.selectFrom('associations').select('id').where('claim_id', '=', claim.id).where('status', '=', 'ACTIVE').executeTakeFirst();
    if (!left && claim.status === 'ACTIVE') {
      await transitionClaim(trx, { claimId: claim.id, from: 'ACTIVE', to: 'ENDED', by, at, reason, message });
    }
    await enqueueJob(trx, 'notify-claim-status', { claimId: claim.id, eventId: lastEventId, template: 'ASSOCIATION_ENDED' });
  }
  return ended.map((a) => a.id);
}
