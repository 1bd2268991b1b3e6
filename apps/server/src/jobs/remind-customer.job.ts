import { z } from 'zod';
import { remindCustomer } from '../modules/consent/remind-customer';
import { defineJob } from './job';

/** Fanned out by the sweep two business days before a consent window closes. */
export const remindCustomerJob = defineJob({
  name: 'remind-customer',
  payload: z.object({ claimId: z.uuid() }),
  handler: async ({ claimId }, { db, clock, config }) => {
    await remindCustomer({ db, clock, config, claimId });
  },
});
