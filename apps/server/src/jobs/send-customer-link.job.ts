import { requestCustomerLink } from '../modules/customer/request-customer-link';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** A customer page link someone asked for at /customer: sent only if the address is a customer contact. */
export const sendCustomerLinkJob = defineJob({
  name: 'send-customer-link',
  payload: JOB_PAYLOADS['send-customer-link'],
  handler: async (payload, { db, clock, config }) => {
    await requestCustomerLink({ db, clock, config, input: { email: payload.email }, requestedAt: new Date(payload.requestedAt) });
  },
});
