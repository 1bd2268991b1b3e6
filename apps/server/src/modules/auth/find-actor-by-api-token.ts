import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import type { Actor } from '../users/actor';
import { TOKEN_ACTOR_SQL, selectActorRow } from './actor-query';

/** Resolves a bearer token to the user who created it; null when unknown, revoked or expired. */
export async function findActorByApiToken({ db, clock, token }: { db: Db; clock: Clock; token: string }): Promise<Actor | null> {
  const now = clock.now();
  const row = await selectActorRow<{ tokenId: string; tokenName: string; lastUsedAt: Date | null }>(db, TOKEN_ACTOR_SQL, [hashSecret(token), now]);
  if (!row) return null;
  // Recording last use once a minute is enough for an audit and keeps reads from writing.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.tokenId).execute();
  }
  const { tokenId: _t, lastUsedAt: _l, ...actor } = row;
  return { ...actor, via: 'token', csrfToken: null };
}
