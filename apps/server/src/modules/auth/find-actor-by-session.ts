import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import { ACTOR_COLUMNS, type Actor } from '../users/actor';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from './session-lifetime';

/** Resolves a session cookie to its actor, sliding the idle expiry; null when unknown or expired. */
export async function findActorBySession({ db, clock, sessionToken }: { db: Db; clock: Clock; sessionToken: string }): Promise<Actor | null> {
  const now = clock.now();
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([...ACTOR_COLUMNS, 's.id as sessionId', 's.csrf_token as csrfToken', 's.created_at as createdAt', 's.last_seen_at as lastSeenAt'])
    .where('s.token_hash', '=', hashSecret(sessionToken))
    .where('s.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: sessionExpiry(row.createdAt, now) })
      .where('id', '=', row.sessionId)
      .execute();
  }
  const { sessionId: _s, createdAt: _c, lastSeenAt: _l, ...actor } = row;
  return { ...actor, via: 'session' };
}
