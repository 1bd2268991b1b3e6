import type { ClaimStatus, ReasonCode } from '@associa/contracts';
import type { Kysely, Updateable } from 'kysely';
import type { ClaimsTable, Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import { notifyClaimStatusJob } from '../../jobs/notify-claim-status.job';
import { templateForTransition } from '../notifications/email-templates';
import { customerTemplateForTransition } from '../consent/customer-email-templates';
import { notifyCustomerJob } from '../../jobs/notify-customer.job';
import type { JobDefinition } from '../../jobs/job';
import { AppError } from '../../lib/errors';
import { canTransition } from './claim-transitions';
import { type EventActor, recordClaimEvent } from './record-claim-event';

/** A follow-up job to enqueue with the status change. */
export type FollowUp = { job: JobDefinition; payload: unknown; runAt?: Date; jobKey?: string };

/**
 * The only way a claim's status changes. In the caller's transaction: a guarded UPDATE (0 rows
 * means someone else moved the claim first: 409, the double click and the race are one case), the
 * history entry, and the follow-up jobs, so none of them can exist without the others.
 */
export async function transitionClaim(
  trx: Kysely<Database>,
  {
    claimId,
    from,
    to,
    by,
    at,
    reason,
    message,
    set = {},
    followUps = [],
  }: {
    claimId: string;
    from: ClaimStatus;
    to: ClaimStatus;
    by: EventActor;
    at: Date;
    reason?: ReasonCode;
    message?: string;
    set?: Omit<Updateable<ClaimsTable>, 'status' | 'id'>;
    followUps?: FollowUp[];
  },
): Promise<void> {
  if (!canTransition(from, to)) {
    throw new AppError(409, 'STATUS_CONFLICT', `A claim cannot move from ${from} to ${to}.`);
  }
  const updated = await trx
    .updateTable('claims')
    .set({ status: to, updated_at: at, ...set })
    .where('id', '=', claimId)
    .where('status', '=', from)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throw new AppError(409, 'STATUS_CONFLICT', `The claim is no longer ${from}; reload it to see what changed.`);
  }
  const eventId = await recordClaimEvent(trx, { claimId, by, at, event: { type: 'STATUS_CHANGED', from, to, reason, message } });
  for (const f of followUps) await enqueueJob(trx, f.job, f.payload as never, { runAt: f.runAt, jobKey: f.jobKey });
  // The partner hears of every decision about its claim; the message is a job, so it can't be lost.
  const template = templateForTransition(from, to);
  if (template) await enqueueJob(trx, notifyClaimStatusJob, { claimId, eventId, template });
  // The customer is asked for consent, and later told the association is official, the same way.
  const customerTemplate = customerTemplateForTransition(from, to);
  if (customerTemplate) await enqueueJob(trx, notifyCustomerJob, { claimId, eventId, template: customerTemplate });
}
