import { randomUUID } from 'node:crypto';
import type { WebhookDelivery } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { getWebhookForActor } from './find-webhook';
import { withAttempts } from './list-webhook-deliveries';
import { scheduleDeliveryJob } from './schedule-delivery-job';

/** The event type of a test message; it never appears in the feed. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** Queues a signed `webhook.test` message to the endpoint, to check the receiver end to end; it shows in the delivery log. */
export async function sendTestWebhook({ db, clock, actor, webhookId }: { db: Db; clock: Clock; actor: Actor; webhookId: string }): Promise<WebhookDelivery> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const endpoint = await getWebhookForActor(trx, actor, webhookId, { forUpdate: true });
    if (!endpoint.enabled) throw new AppError(409, 'WEBHOOK_DISABLED', 'The webhook is disabled: enable it to send a test message.');
    const payload = { id: `test_${randomUUID()}`, type: TEST_EVENT_TYPE, timestamp: now.toISOString(), data: { webhookId, requestedBy: actor.name, organisationId: actor.organisationId } };
    const row = await trx
      .insertInto('webhook_deliveries')
      .values({ endpoint_id: webhookId, event_id: null, event_type: TEST_EVENT_TYPE, payload: JSON.stringify(payload), created_at: now, next_attempt_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await scheduleDeliveryJob(trx, { deliveryId: row.id, endpointId: webhookId });
    const [presented] = await withAttempts(trx, [row]);
    return presented!;
  });
}
