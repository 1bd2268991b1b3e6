import type { AcceptInvitationRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/passwords';
import { assertStrongPassword } from '../../lib/password-policy';
import { recordAudit } from '../audit/record-audit';
import { type OpenedSession, openSession, type SessionMeta } from '../auth/open-session';
import { getOpenInvitation } from './get-open-invitation';
import { invitationAuditTarget } from './invitation-rows';

/**
 * The invitee accepts with their name and a password: their account is made with the invitation's
 * role, organisation and language, the link is spent, and they are signed in. A link that can't be
 * used any more changes nothing.
 */
export async function acceptInvitation({ db, clock, token, input, meta }: { db: Db; clock: Clock; token: string; input: AcceptInvitationRequest; meta: SessionMeta }): Promise<OpenedSession> {
  const now = clock.now();
  const invitation = await getOpenInvitation(db, { token, now });
  assertStrongPassword(input.password, { field: 'password', personal: [input.name, invitation.name, invitation.email] });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    // Read again under lock: a second acceptance of the same link waits here, then finds it used.
    const locked = await getOpenInvitation(trx, { token, now, forUpdate: true });
    const user = await trx
      .insertInto('users')
      .values({ organisation_id: locked.organisation_id, email: locked.email, name: input.name, role: locked.role, locale: locked.locale, password_hash: passwordHash, created_at: now, updated_at: now, password_changed_at: now })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!user) throw new AppError(409, 'EMAIL_TAKEN', 'This e-mail address already has an account: sign in instead.');
    await trx.updateTable('invitations').set({ accepted_at: now, accepted_user_id: user.id }).where('id', '=', locked.id).execute();
    await recordAudit(trx, {
      at: now,
      by: { type: 'USER', userId: user.id, name: input.name, organisationId: locked.organisation_id },
      action: 'INVITATION_ACCEPTED',
      target: invitationAuditTarget(locked),
      details: { role: locked.role, userId: user.id },
      ip: meta.ip,
    });
    return openSession({ db: trx, clock, userId: user.id, meta });
  });
}
