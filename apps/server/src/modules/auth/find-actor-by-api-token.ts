import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import type { Actor } from '../users/actor';
import type { ActorCache } from './actor-cache';
import { TOKEN_ACTOR_SQL, selectActorRow } from './actor-query';

type TokenRow = Omit<Actor, 'via' | 'tokenName' | 'csrfToken'> & { tokenId: string; tokenName: string; lastUsedAt: Date | null; expiresAt: Date };

/**
 * Resolves a bearer token to the user who created it; null when unknown, revoked or expired.
 * With `cache`, a token seen moments ago is answered from it (see ActorCache for when it is not).
 */
export async function findActorByApiToken({ db, clock, token, cache }: { db: Db; clock: Clock; token: string; cache?: ActorCache<object> }): Promise<Actor | null> {
  const now = clock.now();
  const hash = hashSecret(token);
  let row = cache?.get(`t:${hash}`, now.getTime()) as TokenRow | undefined;
  if (!row) {
    const mark = cache?.mark() ?? 0;
    row = await selectActorRow<{ tokenId: string; tokenName: string; lastUsedAt: Date | null; expiresAt: Date }>(db, TOKEN_ACTOR_SQL, [hash, now]);
    if (!row) return null;
    cache?.set(`t:${hash}`, row, { nowMs: now.getTime(), validUntilMs: row.expiresAt.getTime(), mark });
  }
  // Recording last use once a minute is enough for an audit and keeps reads from writing.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    row.lastUsedAt = now;
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.tokenId).execute();
  }
  const { tokenId: _t, lastUsedAt: _l, expiresAt: _e, ...actor } = row;
  return { ...actor, via: 'token', csrfToken: null };
}
