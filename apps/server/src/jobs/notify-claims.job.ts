import { queueClaimNotifications } from '../modules/notifications/queue-claim-notifications';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Enqueued with status changes made in bulk: writes every partner and customer message of the batch. */
export const notifyClaimsJob = defineJob({
  name: 'notify-claims',
  payload: JOB_PAYLOADS['notify-claims'],
  handler: async ({ items }, { db, config, clock }) => {
    await db.transaction().execute((trx) => queueClaimNotifications(trx, { config, items, at: clock.now() }));
  },
});
