import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { unauthenticated } from '../../lib/errors';
import { generateSecret, hashSecret } from '../../lib/secrets';
import { sessionExpiry } from './session-lifetime';

/**
 * Replaces a session by a new one for the same user (after a password change): the old id stops
 * working, the new one starts its lifetime now. The CSRF token carries over, so the page that asked
 * keeps working; it guards against other sites, not against a stolen cookie. In the caller's transaction.
 */
export async function rotateSession({ db, clock, sessionToken }: { db: Kysely<Database>; clock: Clock; sessionToken: string }): Promise<{ sessionToken: string; expiresAt: Date }> {
  const now = clock.now();
  const old = await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).returning(['user_id', 'csrf_token', 'user_agent', 'ip']).executeTakeFirst();
  if (!old) throw unauthenticated();
  const next = generateSecret('s_');
  const expiresAt = sessionExpiry(now, now);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSecret(next), csrf_token: old.csrf_token, user_id: old.user_id, created_at: now, last_seen_at: now, expires_at: expiresAt, user_agent: old.user_agent, ip: old.ip })
    .execute();
  return { sessionToken: next, expiresAt };
}
