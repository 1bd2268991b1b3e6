import { z } from 'zod';
import { deliverWebhook } from '../modules/webhooks/deliver-webhook';
import { DELIVER_WEBHOOK_TASK } from '../modules/webhooks/schedule-delivery-job';
import { defineJob } from './job';

/**
 * One attempt at one webhook delivery. Queued by the events trigger (migration 0014), by a retry,
 * a redelivery or a test message, in one named queue per endpoint. A failed attempt is not a failed
 * job: the handler records it and queues the next try on the webhook schedule itself.
 */
export const deliverWebhookJob = defineJob({
  name: DELIVER_WEBHOOK_TASK,
  payload: z.object({ deliveryId: z.uuid() }),
  maxAttempts: 25,
  handler: async ({ deliveryId }, { db, clock, config }) => {
    await deliverWebhook({ db, clock, config, deliveryId });
  },
});
