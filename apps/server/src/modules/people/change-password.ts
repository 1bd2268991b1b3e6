import type { ChangePasswordRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { assertStrongPassword } from '../../lib/password-policy';
import { hashSecret } from '../../lib/secrets';
import { auditByActor, recordAudit } from '../audit/record-audit';
import type { Actor } from '../users/actor';
import { storeNewPassword } from './store-new-password';

/**
 * A signed-in user changes their own password, proving the current one. Every other session of
 * theirs ends; the one making the change (`currentSessionToken`) stays signed in.
 */
export async function changePassword({ db, clock, actor, input, currentSessionToken, ip }: { db: Db; clock: Clock; actor: Actor; input: ChangePasswordRequest; currentSessionToken: string | null; ip: string | null }): Promise<void> {
  const user = await db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError(400, 'VALIDATION_FAILED', 'The current password is not correct.', [{ path: 'currentPassword', code: 'WRONG_PASSWORD', message: 'This is not your current password.' }]);
  }
  assertStrongPassword(input.newPassword, { field: 'newPassword', personal: [actor.name, actor.email] });
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await storeNewPassword(trx, { userId: actor.userId, passwordHash, now, keepSessionTokenHash: currentSessionToken ? hashSecret(currentSessionToken) : null });
    await recordAudit(trx, {
      at: now,
      by: auditByActor(actor),
      action: 'PASSWORD_CHANGED',
      target: { type: 'USER', id: actor.userId, label: actor.email, organisationId: actor.organisationId },
      ip,
    });
  });
}
