import type { WebhookDelivery } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { withAttempts } from './list-webhook-deliveries';
import { scheduleDeliveryJob } from './schedule-delivery-job';

/**
 * Sends a delivered or failed message again, now, with a fresh retry schedule and the same
 * `webhook-id` (receivers deduplicate on it). The API passes the endpoint it checked the caller
 * owns; the operator's CLI passes only the delivery.
 */
export async function redeliverWebhookDelivery({ db, clock, deliveryId, webhookId }: { db: Db; clock: Clock; deliveryId: string; webhookId?: string }): Promise<WebhookDelivery> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select(['d.id', 'd.status', 'd.endpoint_id', 'e.enabled'])
      .where('d.id', '=', deliveryId)
      .forUpdate('d');
    if (webhookId) query = query.where('d.endpoint_id', '=', webhookId);
    const delivery = await query.executeTakeFirst();
    if (!delivery) throw notFound('The delivery');
    if (!delivery.enabled) throw new AppError(409, 'WEBHOOK_DISABLED', 'The webhook is disabled: enable it before sending messages to it again.');
    if (delivery.status === 'PENDING') throw new AppError(409, 'DELIVERY_PENDING', 'This message is still queued; it is sent at its next attempt.');
    const row = await trx
      .updateTable('webhook_deliveries')
      .set({ status: 'PENDING', retry_step: 0, next_attempt_at: now, delivered_at: null })
      .where('id', '=', deliveryId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await scheduleDeliveryJob(trx, { deliveryId, endpointId: delivery.endpoint_id });
    const [presented] = await withAttempts(trx, [row]);
    return presented!;
  });
}
