import { z } from 'zod';
import { PARTNER_TEMPLATES } from '../modules/notifications/email-templates';

/** How many messages one send job delivers (over the pooled SMTP connections). */
export const EMAIL_BATCH = 50;

/** One claim to notify after a status change in bulk: its partner, its customer, or both. */
const NotifyItem = z.object({
  claimId: z.uuid(),
  eventId: z.string(),
  partnerTemplate: z.enum(PARTNER_TEMPLATES).nullable(),
  customerTemplate: z.enum(['CONSENT_REQUEST', 'CONSENT_REMINDER', 'ASSOCIATION_ACTIVE']).nullable(),
});

/**
 * The queue's contract: every job name with the payload it carries. Modules enqueue by these names
 * (through enqueue-job.ts) and never import a handler, so handlers may depend on any module.
 */
export const JOB_PAYLOADS = {
  'expire-sessions': z.looseObject({}),
  'sweep-deadlines': z.looseObject({}),
  'validate-submitted-claim': z.object({ claimId: z.uuid() }),
  'expire-information-request': z.object({ claimId: z.uuid() }),
  'flag-review-late': z.object({ claimId: z.uuid() }),
  'notify-claim-status': z.object({ claimId: z.uuid(), eventId: z.string(), template: z.enum(PARTNER_TEMPLATES) }),
  'notify-customer': z.object({ claimId: z.uuid(), eventId: z.string(), template: z.enum(['CONSENT_REQUEST', 'CONSENT_REMINDER', 'ASSOCIATION_ACTIVE']) }),
  'notify-claims': z.object({ items: z.array(NotifyItem).min(1).max(5000) }),
  'send-email': z.object({ emailId: z.uuid() }),
  'send-emails': z.object({ emailIds: z.array(z.uuid()).min(1).max(EMAIL_BATCH) }),
  'close-consent-window': z.object({ claimId: z.uuid() }),
  'close-due-consent-windows': z.object({ lane: z.number().int().min(0).max(63).default(0), lanes: z.number().int().min(1).max(64).default(1) }),
  'remind-customer': z.object({ claimId: z.uuid() }),
  'end-expired-subscription': z.object({ associationId: z.uuid(), importId: z.uuid().optional() }),
  'notice-expiring-subscription': z.object({ associationId: z.uuid() }),
  'start-password-reset': z.object({ resetId: z.uuid(), email: z.string().max(254), ip: z.string().max(100).nullable() }),
  'run-import': z.object({ importId: z.uuid() }),
  'send-customer-link': z.object({ email: z.string().max(254), requestedAt: z.iso.datetime() }),
} as const;

/** Tries before the queue gives up, where not the default 10 (the queue backs off exponentially). */
export const JOB_MAX_ATTEMPTS: Partial<Record<keyof typeof JOB_PAYLOADS, number>> = { 'send-email': 8, 'send-emails': 8, 'run-import': 3 };

/** A job the queue knows by name. */
export type JobName = keyof typeof JOB_PAYLOADS;
/** What a job of that name is enqueued with. */
export type JobPayload<N extends JobName> = z.input<(typeof JOB_PAYLOADS)[N]>;
