import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

/** The deliver job's queue name; also used by the events trigger (migration 0014). */
export const DELIVER_WEBHOOK_TASK = 'deliver-webhook';

/**
 * Queues (or moves) the job that sends one delivery, in the caller's transaction, `delayMs` from the
 * database's now. One named queue per endpoint makes the worker send an endpoint's messages one
 * at a time, oldest first; the job key per delivery lets a sweep or a redelivery move it forward.
 */
export async function scheduleDeliveryJob(trx: Kysely<Database>, { deliveryId, endpointId, delayMs = 0 }: { deliveryId: string; endpointId: string; delayMs?: number }): Promise<void> {
  const delay = `${Math.max(0, Math.round(delayMs))} milliseconds`;
  await sql`select graphile_worker.add_job(
    ${DELIVER_WEBHOOK_TASK},
    json_build_object('deliveryId', ${deliveryId}::uuid),
    queue_name => ${`webhook:${endpointId}`}::text,
    run_at => now() + ${delay}::interval,
    max_attempts => 25,
    job_key => ${`webhook-delivery:${deliveryId}`}::text
  )`.execute(trx);
  await trx.updateTable('webhook_deliveries').set({ job_run_at: sql`now() + ${delay}::interval` }).where('id', '=', deliveryId).execute();
}
