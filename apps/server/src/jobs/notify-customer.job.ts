import { z } from 'zod';
import { queueCustomerEmails } from '../modules/consent/queue-customer-emails';
import { defineJob } from './job';

/** Enqueued with a status change the customer is told about (consent asked, association active). */
export const notifyCustomerJob = defineJob({
  name: 'notify-customer',
  payload: z.object({ claimId: z.uuid(), eventId: z.string(), template: z.enum(['CONSENT_REQUEST', 'CONSENT_REMINDER', 'ASSOCIATION_ACTIVE']) }),
  handler: async ({ claimId, eventId, template }, { db, config, clock }) => {
    await db.transaction().execute((trx) => queueCustomerEmails(trx, { config, claimId, template, key: eventId, at: clock.now() }));
  },
});
