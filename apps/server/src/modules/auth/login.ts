import type { LoginRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { dummyPasswordHash, verifyPassword } from '../../lib/passwords';
import { type OpenedSession, openSession, type SessionMeta } from './open-session';

/** Signs a user in with e-mail and password and opens a web session. */
export async function login({ db, clock, input, meta }: { db: Db; clock: Clock; input: LoginRequest; meta: SessionMeta }): Promise<OpenedSession> {
  const email = input.email.trim().toLowerCase();
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
  return openSession({ db, clock, userId: user.id, meta });
}
