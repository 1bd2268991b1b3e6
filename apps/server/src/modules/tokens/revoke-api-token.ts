import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';

/** Revokes one of the caller's organisation's tokens; it stops working at once. Revoking twice is a no-op. */
export async function revokeApiToken({ db, clock, actor, tokenId }: { db: Db; clock: Clock; actor: Actor; tokenId: string }): Promise<void> {
  const token = await db
    .selectFrom('api_tokens')
    .select(['id', 'revoked_at'])
    .where('id', '=', tokenId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!token) throw notFound('The API token');
  if (token.revoked_at) return;
  await db.updateTable('api_tokens').set({ revoked_at: clock.now() }).where('id', '=', tokenId).where('revoked_at', 'is', null).execute();
}
