import { z } from 'zod';
import { enqueueJob } from './enqueue-job';
import { expireInformationRequestJob } from './expire-information-request.job';
import { flagReviewLateJob } from './flag-review-late.job';
import { defineJob } from './job';

/** How many due items one sweep fans out; the next sweep takes the rest. */
export const SWEEP_BATCH = 1000;

/**
 * Periodic: finds what is due (response deadlines passed, review targets missed) and enqueues one
 * job per claim. The job key keeps a claim from being queued twice while its job waits.
 */
export const sweepDeadlinesJob = defineJob({
  name: 'sweep-deadlines',
  payload: z.looseObject({}),
  handler: async (_payload, { db, clock, logger }) => {
    const now = clock.now();
    const [expired, late] = await Promise.all([
      db.selectFrom('claims').select('id').where('status', '=', 'ACTION_REQUIRED').where('response_due_at', '<=', now).orderBy('response_due_at').limit(SWEEP_BATCH).execute(),
      db
        .selectFrom('claims')
        .select('id')
        .where('status', 'in', ['UNDER_REVIEW', 'DISPUTED'])
        .where('review_due_at', '<=', now)
        .where('review_late_at', 'is', null)
        .orderBy('review_due_at')
        .limit(SWEEP_BATCH)
        .execute(),
    ]);
    await db.transaction().execute(async (trx) => {
      for (const { id } of expired) await enqueueJob(trx, expireInformationRequestJob, { claimId: id }, { jobKey: `expire-info:${id}` });
      for (const { id } of late) await enqueueJob(trx, flagReviewLateJob, { claimId: id }, { jobKey: `review-late:${id}` });
    });
    if (expired.length || late.length) logger.info({ expired: expired.length, late: late.length }, 'deadline sweep fanned out');
  },
});
