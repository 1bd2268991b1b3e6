import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import type { Actor } from '../users/actor';
import type { ActorCache } from './actor-cache';
import { SESSION_ACTOR_SQL, selectActorRow } from './actor-query';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from './session-lifetime';

type SessionRow = Omit<Actor, 'via' | 'tokenName' | 'csrfToken'> & { sessionId: string; csrfToken: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/**
 * Resolves a session cookie to its actor, sliding the idle expiry; null when unknown or expired.
 * With `cache`, a cookie seen moments ago is answered from it (see ActorCache for when it is not).
 */
export async function findActorBySession({ db, clock, sessionToken, cache }: { db: Db; clock: Clock; sessionToken: string; cache?: ActorCache<object> }): Promise<Actor | null> {
  const now = clock.now();
  const hash = hashSecret(sessionToken);
  let row = cache?.get(`s:${hash}`, now.getTime()) as SessionRow | undefined;
  if (!row) {
    const mark = cache?.mark() ?? 0;
    row = await selectActorRow<{ sessionId: string; csrfToken: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }>(db, SESSION_ACTOR_SQL, [hash, now]);
    if (!row) return null;
    cache?.set(`s:${hash}`, row, { nowMs: now.getTime(), validUntilMs: row.expiresAt.getTime(), mark });
  }
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    const expiresAt = sessionExpiry(row.createdAt, now);
    // The cached row learns the touch too, so the next request does not write it again.
    row.lastSeenAt = now;
    row.expiresAt = expiresAt;
    await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', row.sessionId).execute();
  }
  const { sessionId: _s, createdAt: _c, lastSeenAt: _l, expiresAt: _e, ...actor } = row;
  return { ...actor, via: 'session' };
}
