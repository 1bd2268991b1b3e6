import { PARTNER_TEMPLATES } from '../modules/notifications/email-templates';
import { queuePartnerEmails } from '../modules/notifications/queue-partner-emails';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Enqueued with a status change the partner is told about: writes the messages, one per recipient. */
export const notifyClaimStatusJob = defineJob({
  name: 'notify-claim-status',
  payload: JOB_PAYLOADS['notify-claim-status'],
  handler: async ({ claimId, eventId, template }, { db, config, clock }) => {
    await db.transaction().execute((trx) => queuePartnerEmails(trx, { config, claimId, eventId, template, at: clock.now() }));
  },
});
