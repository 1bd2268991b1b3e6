import { z } from 'zod';
import { endExpiredSubscription } from '../modules/associations/end-expired-subscription';
import { defineJob } from './job';

/** Fanned out by the sweep (or a directory import) for each active association whose subscription has expired. */
export const endExpiredSubscriptionJob = defineJob({
  name: 'end-expired-subscription',
  payload: z.object({ associationId: z.uuid(), importId: z.uuid().optional() }),
  handler: async ({ associationId, importId }, { db, clock }) => {
    await endExpiredSubscription({ db, clock, associationId, importId });
  },
});
