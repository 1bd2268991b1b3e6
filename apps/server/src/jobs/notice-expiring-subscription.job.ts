import { z } from 'zod';
import { noticeExpiringSubscription } from '../modules/associations/notice-expiring-subscription';
import { defineJob } from './job';

/** Fanned out by the sweep once a subscription's end date is within its program's notice period. */
export const noticeExpiringSubscriptionJob = defineJob({
  name: 'notice-expiring-subscription',
  payload: z.object({ associationId: z.uuid() }),
  handler: async ({ associationId }, { db, clock }) => {
    await noticeExpiringSubscription({ db, clock, associationId });
  },
});
