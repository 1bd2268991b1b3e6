import { CompiledQuery } from 'kysely';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';

// The actor's columns (as `ACTOR_COLUMNS` names them) for a query joining `users u` and `organisations o`.
const ACTOR_SELECT = `u.id as "userId", u.email, u.name, u.role, u.locale,
  o.id as "organisationId", o.name as "organisationName", o.kind as "organisationKind", o.status as "organisationStatus"`;

/** The session lookup of every cookie request, written once: building it with Kysely on each request cost more than running it. */
export const SESSION_ACTOR_SQL = `select ${ACTOR_SELECT}, s.id as "sessionId", s.csrf_token as "csrfToken", s.created_at as "createdAt", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt"
  from sessions s join users u on u.id = s.user_id join organisations o on o.id = u.organisation_id
  where s.token_hash = $1 and s.expires_at > $2 and u.disabled_at is null`;

/** The bearer token lookup of every API request, written once. */
export const TOKEN_ACTOR_SQL = `select ${ACTOR_SELECT}, t.id as "tokenId", t.name as "tokenName", t.last_used_at as "lastUsedAt", t.expires_at as "expiresAt"
  from api_tokens t join users u on u.id = t.user_id join organisations o on o.id = u.organisation_id
  where t.token_hash = $1 and t.revoked_at is null and t.expires_at > $2 and u.disabled_at is null`;

type ActorFields = Omit<Actor, 'via' | 'tokenName' | 'csrfToken'>;

/** Runs one of the lookups above; its first row or undefined. */
export async function selectActorRow<Extra>(db: Db, text: string, params: unknown[]): Promise<(ActorFields & Extra) | undefined> {
  const { rows } = await db.executeQuery<ActorFields & Extra>(CompiledQuery.raw(text, params));
  return rows[0];
}
