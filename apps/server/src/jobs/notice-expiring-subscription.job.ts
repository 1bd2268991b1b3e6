import { noticeExpiringSubscription } from '../modules/associations/notice-expiring-subscription';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Fanned out by the sweep once a subscription's end date is within its program's notice period. */
export const noticeExpiringSubscriptionJob = defineJob({
  name: 'notice-expiring-subscription',
  payload: JOB_PAYLOADS['notice-expiring-subscription'],
  handler: async ({ associationId }, { db, clock }) => {
    await noticeExpiringSubscription({ db, clock, associationId });
  },
});
