import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { unauthenticated } from '../../lib/errors';
import { generateSecret, hashSecret } from '../../lib/secrets';
import { type Actor, findActorFields } from '../users/actor';
import { sessionExpiry } from './session-lifetime';

/** Where a sign-in came from, kept on the session for the user's own review. */
export type SessionMeta = { userAgent: string | null; ip: string | null };

/** An opened session: the cookie's secret (never stored), its expiry and the signed-in actor. */
export type OpenedSession = { sessionToken: string; expiresAt: Date; actor: Actor };

/**
 * Opens a web session for a user who has just proved who they are (a password at login, an
 * accepted invitation), in the caller's transaction when it passes one.
 */
export async function openSession({ db, clock, userId, meta }: { db: Kysely<Database>; clock: Clock; userId: string; meta: SessionMeta }): Promise<OpenedSession> {
  const now = clock.now();
  const sessionToken = generateSecret('s_');
  const csrfToken = generateSecret();
  const expiresAt = sessionExpiry(now, now);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      csrf_token: csrfToken,
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      user_agent: meta.userAgent?.slice(0, 500) ?? null,
      ip: meta.ip,
    })
    .execute();
  const fields = await findActorFields(db, userId);
  if (!fields) throw unauthenticated();
  return { sessionToken, expiresAt, actor: { ...fields, via: 'session', csrfToken } };
}
