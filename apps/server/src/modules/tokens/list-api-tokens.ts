import type { ApiToken } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { presentApiToken } from './present-api-token';

/** The caller's organisation's API tokens, newest first: admins see every token of their organisation. */
export async function listApiTokens({ db, actor }: { db: Db; actor: Actor }): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.name', 't.prefix', 't.user_id', 'u.email as user_email', 't.created_at', 't.expires_at', 't.last_used_at', 't.revoked_at'])
    .where('t.organisation_id', '=', actor.organisationId)
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id')
    .limit(500)
    .execute();
  return rows.map(presentApiToken);
}
