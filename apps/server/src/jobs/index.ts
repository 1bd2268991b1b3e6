import type { TaskList } from 'graphile-worker';
import { closeConsentWindowJob } from './close-consent-window.job';
import { closeDueConsentWindowsJob } from './close-due-consent-windows.job';
import { notifyClaimsJob } from './notify-claims.job';
import { sendEmailsJob } from './send-emails.job';
import { deliverWebhookJob } from './deliver-webhook.job';
import { deliverWebhookSweepJob } from './deliver-webhook-sweep.job';
import { endExpiredSubscriptionJob } from './end-expired-subscription.job';
import { noticeExpiringSubscriptionJob } from './notice-expiring-subscription.job';
import { notifyCustomerJob } from './notify-customer.job';
import { runImportJob } from './run-import.job';
import { remindCustomerJob } from './remind-customer.job';
import { expireInformationRequestJob } from './expire-information-request.job';
import { expireSessionsJob } from './expire-sessions.job';
import { flagReviewLateJob } from './flag-review-late.job';
import { notifyClaimStatusJob } from './notify-claim-status.job';
import { sendEmailJob } from './send-email.job';
import { sendCustomerLinkJob } from './send-customer-link.job';
import { startPasswordResetJob } from './start-password-reset.job';
import { sweepDeadlinesJob } from './sweep-deadlines.job';
import type { JobDefinition, JobDeps } from './job';
import { validateSubmittedClaimJob } from './validate-submitted-claim.job';

/** Every job the worker runs. */
export const JOBS: JobDefinition[] = [
  expireSessionsJob,
  validateSubmittedClaimJob,
  sweepDeadlinesJob,
  expireInformationRequestJob,
  flagReviewLateJob,
  notifyClaimStatusJob,
  notifyCustomerJob,
  sendEmailJob,
  closeConsentWindowJob,
  closeDueConsentWindowsJob,
  notifyClaimsJob,
  sendEmailsJob,
  remindCustomerJob,
  endExpiredSubscriptionJob,
  noticeExpiringSubscriptionJob,
  startPasswordResetJob,
  sendCustomerLinkJob,
  runImportJob,
  deliverWebhookJob,
  deliverWebhookSweepJob,
];

/** Periodic tasks, in graphile-worker crontab syntax (UTC). */
export const CRONTAB = ['*/15 * * * * expire-sessions ?max=1', '* * * * * sweep-deadlines ?max=1', '* * * * * deliver-webhook-sweep ?max=1'].join('\n');

/** Adapts the job definitions to graphile-worker: payloads are validated before a handler sees them. */
export function buildTaskList(deps: JobDeps): TaskList {
  const list: TaskList = {};
  for (const job of JOBS) {
    list[job.name] = async (raw, helpers) => {
      const payload = job.payload.parse(raw);
      await job.handler(payload, { ...deps, logger: deps.logger.child({ job: job.name, jobId: helpers.job.id }) }, { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts, withPgClient: helpers.withPgClient });
    };
  }
  return list;
}
