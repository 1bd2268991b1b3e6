import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { enqueueJob } from '../../jobs/enqueue-job';
import { recordClaimEvent } from '../claims/record-claim-event';
import { describeKey } from './association-keys';

/** The partner is told, once, that a subscription its association rests on ends within the program's notice period. */
export async function noticeExpiringSubscription({ db, clock, associationId }: { db: Db; clock: Clock; associationId: string }): Promise<boolean> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable('associations')
      .set({ expiry_notice_at: now })
      .where('id', '=', associationId)
      .where('status', '=', 'ACTIVE')
      .where('expiry_notice_at', 'is', null)
      .returning(['claim_id', 'program_code', 'product_code', 'subscription_id'])
      .executeTakeFirst();
    if (!marked?.subscription_id) return false;
    const sub = await trx.selectFrom('subscriptions').select('end_date').where('id', '=', marked.subscription_id).executeTakeFirstOrThrow();
    if (!sub.end_date) return false;
    const eventId = await recordClaimEvent(trx, {
      claimId: marked.claim_id,
      by: { type: 'SYSTEM' },
      at: now,
      event: { type: 'ASSOCIATION_EXPIRING', associationId, key: describeKey({ program: marked.program_code, productCode: marked.product_code, subscriptionId: marked.subscription_id }), endDate: sub.end_date },
    });
    await enqueueJob(trx, 'notify-claim-status', { claimId: marked.claim_id, eventId, template: 'ASSOCIATION_EXPIRING' });
    return true;
  });
}
