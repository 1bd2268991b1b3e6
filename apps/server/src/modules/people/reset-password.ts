import type { Kysely } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/passwords';
import { assertStrongPassword } from '../../lib/password-policy';
import { hashSecret } from '../../lib/secrets';
import { recordAudit } from '../audit/record-audit';
import { storeNewPassword } from './store-new-password';

/**
 * Sets a new password from an e-mailed reset link: the link (and every other open one) is spent
 * and every session of the user ends. A link that can't be used any more changes nothing.
 */
export async function resetPassword({ db, clock, token, input, ip }: { db: Db; clock: Clock; token: string; input: { password: string }; ip: string | null }): Promise<void> {
  const now = clock.now();
  const reset = await getOpenReset(db, { token, now });
  assertStrongPassword(input.password, { field: 'password', personal: [reset.name, reset.email] });
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    // Read again under lock: two uses of one link queue up, and the second finds it used.
    await getOpenReset(trx, { token, now, forUpdate: true });
    await storeNewPassword(trx, { userId: reset.user_id, passwordHash, now });
    await recordAudit(trx, {
      at: now,
      by: { type: 'USER', userId: reset.user_id, name: reset.name, organisationId: reset.organisation_id },
      action: 'PASSWORD_RESET',
      target: { type: 'USER', id: reset.user_id, label: reset.email, organisationId: reset.organisation_id },
      details: { resetId: reset.id },
      ip,
    });
  });
}

/** The reset a link opens while it can still be used: else 404 (unknown, or the account is deactivated), 409 used, 410 expired. */
async function getOpenReset(db: Kysely<Database>, { token, now, forUpdate = false }: { token: string; now: Date; forUpdate?: boolean }) {
  const query = db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'r.used_at', 'r.expires_at', 'u.email', 'u.name', 'u.organisation_id', 'u.disabled_at'])
    .where('r.token_hash', '=', hashSecret(token));
  const reset = await (forUpdate ? query.forUpdate('r') : query).executeTakeFirst();
  if (!reset || reset.disabled_at) throw new AppError(404, 'PASSWORD_RESET_INVALID', 'This password reset link is not valid. Ask for a new one.');
  if (reset.used_at) throw new AppError(409, 'PASSWORD_RESET_USED', 'This password reset link was already used. Ask for a new one if you need to.');
  if (reset.expires_at.getTime() <= now.getTime()) throw new AppError(410, 'PASSWORD_RESET_EXPIRED', 'This password reset link has expired. Ask for a new one.');
  return reset;
}
