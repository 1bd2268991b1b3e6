import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { endAssociations } from './end-associations';

/**
 * Business Applications: an association lives as long as its subscription; an expired one ends it.
 * `importId` names the directory import that brought the expiry, in the history message.
 */
export async function endExpiredSubscription({ db, clock, associationId, importId }: { db: Db; clock: Clock; associationId: string; importId?: string }): Promise<boolean> {
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('associations as a')
      .innerJoin('subscriptions as s', 's.id', 'a.subscription_id')
      .select(['a.status', 's.state', 's.end_date', 's.id'])
      .where('a.id', '=', associationId)
      .executeTakeFirst();
    if (row?.status !== 'ACTIVE') return false;
    const expired = row.state === 'EXPIRED' || (row.end_date !== null && row.end_date < today);
    if (!expired) return false;
    const cause = row.end_date && row.end_date < today ? `Subscription ${row.id} ended on ${row.end_date}.` : `Subscription ${row.id} has expired.`;
    const message = importId ? `${cause} (directory import ${importId})` : cause;
    const ended = await endAssociations(trx, { associationIds: [associationId], reason: 'SUBSCRIPTION_EXPIRED', message, by: { type: 'SYSTEM' }, at: now });
    return ended.length > 0;
  });
}
