import { CLOSING_LANES, closeDueConsentWindows } from '../modules/consent/close-due-consent-windows';
import { enqueueJobs } from './enqueue-job';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/**
 * Closes every consent window due now, in batches. Queued by each window's timer (one job per
 * closing instant) and by the sweep; a single lane that meets a large backlog starts the others.
 */
export const closeDueConsentWindowsJob = defineJob({
  name: 'close-due-consent-windows',
  payload: JOB_PAYLOADS['close-due-consent-windows'],
  handler: async ({ lane, lanes }, { db, clock, logger }) => {
    const start = () =>
      db.transaction().execute((trx) =>
        enqueueJobs(
          trx,
          Array.from({ length: CLOSING_LANES - 1 }, (_, i) => ({ name: 'close-due-consent-windows' as const, payload: { lane: i + 1, lanes: CLOSING_LANES }, jobKey: `consent-close-lane:${i + 1}/${CLOSING_LANES}` })),
        ),
      );
    const result = await closeDueConsentWindows({ db, clock, lane, lanes, spread: lanes === 1 ? { lanes: CLOSING_LANES, start } : undefined });
    if (result.batches) logger.info(result, 'consent windows closed');
  },
});
