import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { generateSecret, hashSecret } from '../../lib/secrets';

/** The links account e-mails carry: an invitation to join, or a password reset. */
export type AccountLinkPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** The web page an invitation link opens. */
export const invitationUrl = (base: string, token: string) => `${base}/invitations/${token}`;

/** The web page a password reset link opens. */
export const passwordResetUrl = (base: string, token: string) => `${base}/reset-password/${token}`;

/**
 * Gives an invitation or reset a new link (256 random bits; only the SHA-256 is kept, replacing the
 * previous one, so only the newest link works), at the moment its message is sent. Null when there
 * is nothing to link to any more: the invitation or reset was used, revoked or has expired, or a
 * newer message for it exists (a retried old message must not take the link from the newer one).
 */
export async function issueAccountLink(
  trx: Kysely<Database>,
  { purpose, ref, emailId, now, baseUrl }: { purpose: AccountLinkPurpose; ref: string; emailId: string; now: Date; baseUrl: string },
): Promise<string | null> {
  const token = generateSecret();
  const newerMessage = trx
    .selectFrom('outbound_emails')
    .select('id')
    .where('link_ref', '=', ref)
    .where('link_purpose', '=', purpose)
    .where('created_at', '>', (eb) => eb.selectFrom('outbound_emails').select('created_at').where('id', '=', emailId));
  const tokenHash = hashSecret(token);
  const renewed =
    purpose === 'INVITATION'
      ? await trx
          .updateTable('invitations')
          .set({ token_hash: tokenHash })
          .where((eb) => eb.and([eb('id', '=', ref), eb('accepted_at', 'is', null), eb('revoked_at', 'is', null), eb('expires_at', '>', now), eb.not(eb.exists(newerMessage))]))
          .executeTakeFirst()
      : await trx
          .updateTable('password_resets')
          .set({ token_hash: tokenHash })
          .where((eb) => eb.and([eb('id', '=', ref), eb('used_at', 'is', null), eb('expires_at', '>', now), eb.not(eb.exists(newerMessage))]))
          .executeTakeFirst();
  if (Number(renewed.numUpdatedRows) !== 1) return null;
  return purpose === 'INVITATION' ? invitationUrl(baseUrl, token) : passwordResetUrl(baseUrl, token);
}
