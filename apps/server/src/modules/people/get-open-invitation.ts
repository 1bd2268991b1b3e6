import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { hashSecret } from '../../lib/secrets';
import { type InvitationRow, selectInvitations } from './invitation-rows';
import { invitationStatus } from './present-invitation';

/**
 * The invitation an e-mailed link opens, when it can still be accepted: an unknown (or replaced)
 * link is 404 INVITATION_INVALID, an accepted or revoked one 409 INVITATION_USED, an expired one
 * 410 INVITATION_EXPIRED. `forUpdate` locks it for the acceptance.
 */
export async function getOpenInvitation(db: Kysely<Database>, { token, now, forUpdate = false }: { token: string; now: Date; forUpdate?: boolean }): Promise<InvitationRow> {
  const query = selectInvitations(db).where('i.token_hash', '=', hashSecret(token));
  const row = await (forUpdate ? query.forUpdate('i') : query).executeTakeFirst();
  if (!row) throw new AppError(404, 'INVITATION_INVALID', 'This invitation link is not valid. It may have been replaced by a newer one: use the link in the latest e-mail.');
  const status = invitationStatus(row, now);
  if (status === 'ACCEPTED' || status === 'REVOKED') throw new AppError(409, 'INVITATION_USED', `This invitation was already ${status === 'ACCEPTED' ? 'accepted: sign in instead' : 'withdrawn'}.`);
  if (status === 'EXPIRED') throw new AppError(410, 'INVITATION_EXPIRED', 'This invitation has expired. Ask the person who invited you to send it again.');
  return row;
}
