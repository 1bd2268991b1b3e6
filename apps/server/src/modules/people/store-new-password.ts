import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Stores a user's new password hash in the caller's transaction and ends what the old password
 * opened: every session (but the one `keepSessionTokenHash` names) and every open reset link.
 */
export async function storeNewPassword(trx: Kysely<Database>, { userId, passwordHash, now, keepSessionTokenHash = null }: { userId: string; passwordHash: string; now: Date; keepSessionTokenHash?: string | null }): Promise<void> {
  await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', userId).execute();
  let sessions = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionTokenHash) sessions = sessions.where('token_hash', '!=', keepSessionTokenHash);
  await sessions.execute();
  await trx.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
