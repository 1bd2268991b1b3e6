import { remindCustomer } from '../modules/consent/remind-customer';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Fanned out by the sweep two business days before a consent window closes. */
export const remindCustomerJob = defineJob({
  name: 'remind-customer',
  payload: JOB_PAYLOADS['remind-customer'],
  handler: async ({ claimId }, { db, clock, config }) => {
    await remindCustomer({ db, clock, config, claimId });
  },
});
