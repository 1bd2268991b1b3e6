import { flagReviewLate } from '../modules/review/flag-review-late';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** One claim past its review target, fanned out by the deadline sweep. */
export const flagReviewLateJob = defineJob({
  name: 'flag-review-late',
  payload: JOB_PAYLOADS['flag-review-late'],
  handler: async ({ claimId }, { db, clock }) => {
    await flagReviewLate({ db, clock, claimId });
  },
});
