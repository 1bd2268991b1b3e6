import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import type { Actor } from '../users/actor';
import { SESSION_ACTOR_SQL, selectActorRow } from './actor-query';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from './session-lifetime';

/** Resolves a session cookie to its actor, sliding the idle expiry; null when unknown or expired. */
export async function findActorBySession({ db, clock, sessionToken }: { db: Db; clock: Clock; sessionToken: string }): Promise<Actor | null> {
  const now = clock.now();
  const row = await selectActorRow<{ sessionId: string; csrfToken: string; createdAt: Date; lastSeenAt: Date }>(db, SESSION_ACTOR_SQL, [hashSecret(sessionToken), now]);
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
