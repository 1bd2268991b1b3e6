import { z } from 'zod';
import { recordAutomatedValidation } from '../modules/claims/record-automated-validation';
import { defineJob } from './job';

/** Enqueued with every submission: the automated validation whose findings the reviewer sees first. */
export const validateSubmittedClaimJob = defineJob({
  name: 'validate-submitted-claim',
  payload: z.object({ claimId: z.uuid() }),
  handler: async ({ claimId }, { db, clock }) => recordAutomatedValidation({ db, clock, claimId }),
});
