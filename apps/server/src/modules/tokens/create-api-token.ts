import { type CreateApiTokenRequest, type CreateApiTokenResponse, Limits } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { generateSecret, hashSecret } from '../../lib/secrets';
import type { Actor } from '../users/actor';
import { presentApiToken } from './present-api-token';

const DAY = 24 * 60 * 60 * 1000;

/** Issues an API token that acts as the caller; the secret is returned once and stored hashed. */
export async function createApiToken({
  db,
  clock,
  actor,
  input,
}: {
  db: Db;
  clock: Clock;
  actor: Actor;
  input: CreateApiTokenRequest;
}): Promise<CreateApiTokenResponse> {
  const now = clock.now();
  const active = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  if (active.n >= Limits.apiTokensPerUser) {
    throw new AppError(409, 'CONFLICT', `You already have ${Limits.apiTokensPerUser} active API tokens; revoke one first.`);
  }
  const token = generateSecret('assoc_');
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: actor.userId,
      organisation_id: actor.organisationId,
      name: input.name,
      prefix: token.slice(0, 12),
      token_hash: hashSecret(token),
      created_at: now,
      expires_at: new Date(now.getTime() + input.expiresInDays * DAY),
    })
    .returning(['id', 'name', 'prefix', 'user_id', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
  return { ...presentApiToken({ ...row, user_email: actor.email }), token };
}
