import { z } from 'zod';
import { flagReviewLate } from '../modules/review/flag-review-late';
import { defineJob } from './job';

/** One claim past its review target, fanned out by the deadline sweep. */
export const flagReviewLateJob = defineJob({
  name: 'flag-review-late',
  payload: z.object({ claimId: z.uuid() }),
  handler: async ({ claimId }, { db, clock }) => {
    await flagReviewLate({ db, clock, claimId });
  },
});
