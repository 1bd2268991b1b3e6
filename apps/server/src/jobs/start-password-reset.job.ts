import { startPasswordReset } from '../modules/people/start-password-reset';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** A password reset someone asked for: the e-mail goes out only if the address has an active account. */
export const startPasswordResetJob = defineJob({
  name: 'start-password-reset',
  payload: JOB_PAYLOADS['start-password-reset'],
  handler: async (payload, { db, clock, config }) => {
    await startPasswordReset({ db, clock, config, input: payload });
  },
});
