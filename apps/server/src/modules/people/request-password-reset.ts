import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { enqueueJob } from '../../jobs/enqueue-job';
import { startPasswordResetJob } from '../../jobs/start-password-reset.job';

/**
 * Someone asks for a password reset. The answer must not tell whether the address has an account,
 * not even by its timing, so the request does the same work for every address: it queues the
 * lookup, and the worker sends the e-mail only to an active account.
 */
export async function requestPasswordReset({ db, input, ip }: { db: Db; input: { email: string }; ip: string | null }): Promise<void> {
  await db.transaction().execute((trx) => enqueueJob(trx, startPasswordResetJob, { resetId: randomUUID(), email: input.email, ip }));
}
