import { runImport } from '../modules/imports/run-import';
import { defineJob } from './job';
import { JOB_PAYLOADS } from './job-names';

/** Queued with each received import; runs it on a client of the worker's pool (COPY needs one). */
export const runImportJob = defineJob({
  name: 'run-import',
  payload: JOB_PAYLOADS['run-import'],
  maxAttempts: 3,
  handler: async ({ importId }, { db, clock, logger }, job) => {
    const outcome = await job.withPgClient((client) => runImport({ db, clock, client, importId, isLastAttempt: job.attempts >= job.maxAttempts }));
    logger.info({ importId, ...outcome }, 'import finished');
  },
});
