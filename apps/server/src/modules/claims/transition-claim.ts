import type { ClaimStatus, ReasonCode } from '@associa/contracts';
import type { Kysely, Updateable } from 'kysely';
import type { ClaimsTable, Database } from '../../db/schema';
import { enqueueJob } from '../../jobs/enqueue-job';
import type { JobDefinition } from '../../jobs/job';
import type { JobName } from '../../jobs/job-names';
import { templateForTransition } from '../notifications/email-templates';
import { customerTemplateForTransition } from '../consent/customer-email-templates';
import { AppError } from '../../lib/errors';
import { canTransition } from './claim-transitions';
import { type EventActor, recordClaimEvent } from './record-claim-event';

/** A follow-up job to enqueue with the status change, by its name in the queue's contract (jobs/job-names.ts). */
export type FollowUp = { job: JobName | JobDefinition; payload: unknown; runAt?: Date; jobKey?: string };

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
  for (const f of followUps) await enqueueJob(trx, f.job as never, f.payload as never, { runAt: f.runAt, jobKey: f.jobKey });
  // The partner hears of every decision about its claim; the message is a job, so it can't be lost.
  const template = templateForTransition(from, to);
  if (template) await enqueueJob(trx, 'notify-claim-status', { claimId, eventId, template });
  // The customer is asked for consent, and later told the association is official, the same way.
  const customerTemplate = customerTemplateForTransition(from, to);
  if (customerTemplate) await enqueueJob(trx, 'notify-customer', { claimId, eventId, template: customerTemplate });
}
