import { createMailer } from '../lib/mailer';
import { publicBaseUrl } from '../modules/notifications/public-base-url';
import { sendEmail } from '../modules/notifications/send-email';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** How often a message is tried before it is marked FAILED (the queue backs off exponentially). */
export const EMAIL_MAX_ATTEMPTS = 8;

/** One message to deliver. */
export const sendEmailJob = defineJob({
  name: 'send-email',
  payload: JOB_PAYLOADS['send-email'],
  maxAttempts: EMAIL_MAX_ATTEMPTS,
  handler: async ({ emailId }, { db, clock, config }, { attempts }) => {
    await sendEmail({ db, clock, mailer: createMailer(config.smtpUrl, config.mailFrom), emailId, isLastAttempt: attempts >= EMAIL_MAX_ATTEMPTS, baseUrl: publicBaseUrl(config) });
  },
});
