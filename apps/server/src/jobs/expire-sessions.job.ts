import { z } from 'zod';
import { defineJob } from './job';

const BATCH = 1000;

/** Periodic clean-up: deletes expired web sessions in batches so the table stays small. */
export const expireSessionsJob = defineJob({
  name: 'expire-sessions',
  // Cron runs add `_cron`; manual runs send `{}`.
  payload: z.looseObject({}),
  handler: async (_payload, { db, clock, logger }) => {
    const now = clock.now();
    let total = 0;
    for (;;) {
      const result = await db
        .deleteFrom('sessions')
        .where('id', 'in', (eb) => eb.selectFrom('sessions').select('id').where('expires_at', '<=', now).limit(BATCH).forUpdate().skipLocked())
        .executeTakeFirst();
      const n = Number(result.numDeletedRows);
      total += n;
      if (n < BATCH) break;
    }
    if (total > 0) logger.info({ deleted: total }, 'expired sessions deleted');
  },
});
