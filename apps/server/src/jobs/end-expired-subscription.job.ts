import { endExpiredSubscription } from '../modules/associations/end-expired-subscription';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Fanned out by the sweep (or a directory import) for each active association whose subscription has expired. */
export const endExpiredSubscriptionJob = defineJob({
  name: 'end-expired-subscription',
  payload: JOB_PAYLOADS['end-expired-subscription'],
  handler: async ({ associationId, importId }, { db, clock }) => {
    await endExpiredSubscription({ db, clock, associationId, importId });
  },
});
