import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { scheduleDeliveryJob } from './schedule-delivery-job';

/**
 * Brings forward the job of every delivery due by the app's clock whose job still waits for the
 * database's clock: a no-op when the two agree (production), the way tests move time, and the
 * safety net should the clocks drift. Answers how many it moved.
 */
export async function sweepWebhookDeliveries({ db, clock, limit = 1000 }: { db: Db; clock: Clock; limit?: number }): Promise<number> {
  const due = await db
    .selectFrom('webhook_deliveries')
    .select(['id', 'endpoint_id'])
    .where('status', '=', 'PENDING')
    .where('next_attempt_at', '<=', clock.now())
    .where((eb) => eb.or([eb('job_run_at', 'is', null), eb('job_run_at', '>', sql<Date>`now()`)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  if (!due.length) return 0;
  await db.transaction().execute(async (trx) => {
    for (const d of due) await scheduleDeliveryJob(trx, { deliveryId: d.id, endpointId: d.endpoint_id });
  });
  return due.length;
}
