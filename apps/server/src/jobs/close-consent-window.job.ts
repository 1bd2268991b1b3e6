import { z } from 'zod';
import { closeConsentWindow } from '../modules/consent/close-consent-window';
import { defineJob } from './job';

/** Fanned out by the sweep for each claim whose consent window has closed. */
export const closeConsentWindowJob = defineJob({
  name: 'close-consent-window',
  payload: z.object({ claimId: z.uuid() }),
  handler: async ({ claimId }, { db, clock }) => {
    await closeConsentWindow({ db, clock, claimId });
  },
});
