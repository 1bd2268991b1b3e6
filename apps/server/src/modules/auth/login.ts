import type { LoginRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { dummyPasswordHash, verifyPassword } from '../../lib/passwords';
import { generateSecret, hashSecret } from '../../lib/secrets';
import { type Actor, findActorFields } from '../users/actor';
import { sessionExpiry } from './session-lifetime';

/** Signs a user in with e-mail and password and opens a web session. */
export async function login({
  db,
  clock,
  input,
  meta,
}: {
  db: Db;
  clock: Clock;
  input: LoginRequest;
  meta: { userAgent: string | null; ip: string | null };
}): Promise<{ sessionToken: string; expiresAt: Date; actor: Actor }> {
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
  const now = clock.now();
  const sessionToken = generateSecret('s_');
  const csrfToken = generateSecret();
  const expiresAt = sessionExpiry(now, now);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      csrf_token: csrfToken,
      user_id: user.id,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      user_agent: meta.userAgent?.slice(0, 500) ?? null,
      ip: meta.ip,
    })
    .execute();
  const fields = await findActorFields(db, user.id);
  if (!fields) throw new AppError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');
  return { sessionToken, expiresAt, actor: { ...fields, via: 'session', csrfToken } };
}
