import { z } from 'zod';
import { sweepWebhookDeliveries } from '../modules/webhooks/sweep-webhook-deliveries';
import { defineJob } from './job';

/** Periodic: re-queues webhook deliveries due by the app's clock whose job waits for a later database time. */
export const deliverWebhookSweepJob = defineJob({
  name: 'deliver-webhook-sweep',
  payload: z.looseObject({}),
  handler: async (_payload, { db, clock }) => {
    await sweepWebhookDeliveries({ db, clock });
  },
});
