import { recordAutomatedValidation } from '../modules/claims/record-automated-validation';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Enqueued with every submission: the automated validation whose findings the reviewer sees first. */
export const validateSubmittedClaimJob = defineJob({
  name: 'validate-submitted-claim',
  payload: JOB_PAYLOADS['validate-submitted-claim'],
  handler: async ({ claimId }, { db, clock }) => recordAutomatedValidation({ db, clock, claimId }),
});
