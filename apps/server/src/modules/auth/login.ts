import type { LoginRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { dummyPasswordHash, verifyPassword } from '../../lib/passwords';
import { hashSecret } from '../../lib/secrets';
import type { LoginThrottle } from './login-throttle';
import { type OpenedSession, openSession, type SessionMeta } from './open-session';

/**
 * Signs a user in with e-mail and password and opens a new web session. The attempt counts against
 * the address's and the client's limits first; a session the request still carried (`previousSessionToken`,
 * whoever it belonged to) ends in the same transaction, so no id from before the sign-in stays valid.
 */
export async function login({ db, clock, input, meta, throttle, previousSessionToken = null }: { db: Db; clock: Clock; input: LoginRequest; meta: SessionMeta; throttle: LoginThrottle; previousSessionToken?: string | null }): Promise<OpenedSession> {
  const email = input.email.trim().toLowerCase();
  const attempt = { email, ip: meta.ip ?? 'unknown' };
  await throttle.begin(attempt);
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  // Verify against a dummy hash for unknown users so the answer time does not reveal accounts.
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled_at) {
    throw new AppError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');
  }
  await throttle.succeeded(attempt);
  return db.transaction().execute(async (trx) => {
    if (previousSessionToken) await trx.deleteFrom('sessions').where('token_hash', '=', hashSecret(previousSessionToken)).execute();
    return openSession({ db: trx, clock, userId: user.id, meta });
  });
}
