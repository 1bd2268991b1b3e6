import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashSecret } from '../../lib/secrets';
import { ACTOR_COLUMNS, type Actor } from '../users/actor';

/** Resolves a bearer token to the user who created it; null when unknown, revoked or expired. */
export async function findActorByApiToken({ db, clock, token }: { db: Db; clock: Clock; token: string }): Promise<Actor | null> {
  const now = clock.now();
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([...ACTOR_COLUMNS, 't.id as tokenId', 't.name as tokenName', 't.last_used_at as lastUsedAt'])
    .where('t.token_hash', '=', hashSecret(token))
    .where('t.revoked_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  // Recording last use once a minute is enough for an audit and keeps reads from writing.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.tokenId).execute();
  }
  const { tokenId: _t, lastUsedAt: _l, ...actor } = row;
  return { ...actor, via: 'token', csrfToken: null };
}
