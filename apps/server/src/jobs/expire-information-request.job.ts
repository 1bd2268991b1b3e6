import { z } from 'zod';
import { expireInformationRequest } from '../modules/review/expire-information-request';
import { defineJob } from './job';

/** One claim whose response deadline passed, fanned out by the deadline sweep. */
export const expireInformationRequestJob = defineJob({
  name: 'expire-information-request',
  payload: z.object({ claimId: z.uuid() }),
  handler: async ({ claimId }, { db, clock }) => {
    await expireInformationRequest({ db, clock, claimId });
  },
});
