import { closeConsentWindow } from '../modules/consent/close-consent-window';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Fanned out by the sweep for each claim whose consent window has closed. */
export const closeConsentWindowJob = defineJob({
  name: 'close-consent-window',
  payload: JOB_PAYLOADS['close-consent-window'],
  handler: async ({ claimId }, { db, clock }) => {
    await closeConsentWindow({ db, clock, claimId });
  },
});
