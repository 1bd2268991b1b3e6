import { expireInformationRequest } from '../modules/review/expire-information-request';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** One claim whose response deadline passed, fanned out by the deadline sweep. */
export const expireInformationRequestJob = defineJob({
  name: 'expire-information-request',
  payload: JOB_PAYLOADS['expire-information-request'],
  handler: async ({ claimId }, { db, clock }) => {
    await expireInformationRequest({ db, clock, claimId });
  },
});
