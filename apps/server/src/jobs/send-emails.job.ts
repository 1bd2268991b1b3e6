import { createMailer } from '../lib/mailer';
import { publicBaseUrl } from '../modules/notifications/public-base-url';
import { sendEmails } from '../modules/notifications/send-emails';
import { defineJob } from './job';
import { JOB_MAX_ATTEMPTS, JOB_PAYLOADS } from './job-names';

/** A batch of messages to deliver over the pooled SMTP connections (written by notifications in bulk). */
export const sendEmailsJob = defineJob({
  name: 'send-emails',
  payload: JOB_PAYLOADS['send-emails'],
  maxAttempts: JOB_MAX_ATTEMPTS['send-emails'],
  handler: async ({ emailIds }, { db, clock, config }, { attempts, maxAttempts }) => {
    await sendEmails({ db, clock, mailer: createMailer(config.smtpUrl, config.mailFrom), emailIds, isLastAttempt: attempts >= maxAttempts, baseUrl: publicBaseUrl(config) });
  },
});
