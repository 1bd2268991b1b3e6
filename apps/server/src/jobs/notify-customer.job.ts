import { queueCustomerEmails } from '../modules/consent/queue-customer-emails';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Enqueued with a status change the customer is told about (consent asked, association active). */
export const notifyCustomerJob = defineJob({
  name: 'notify-customer',
  payload: JOB_PAYLOADS['notify-customer'],
  handler: async ({ claimId, eventId, template }, { db, config, clock }) => {
    await db.transaction().execute((trx) => queueCustomerEmails(trx, { config, claimId, template, key: eventId, at: clock.now() }));
  },
});
