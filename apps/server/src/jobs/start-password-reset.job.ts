import { z } from 'zod';
import { startPasswordReset } from '../modules/people/start-password-reset';
import { defineJob } from './job';

/** A password reset someone asked for: the e-mail goes out only if the address has an active account. */
export const startPasswordResetJob = defineJob({
  name: 'start-password-reset',
  payload: z.object({ resetId: z.uuid(), email: z.string().max(254), ip: z.string().max(100).nullable() }),
  handler: async (payload, { db, clock, config }) => {
    await startPasswordReset({ db, clock, config, input: payload });
  },
});
