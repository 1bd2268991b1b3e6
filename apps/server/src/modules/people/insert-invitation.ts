import { Limits, type Locale, type Role } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { type AuditBy, recordAudit } from '../audit/record-audit';
import { type InvitationRow, invitationAuditTarget } from './invitation-rows';

const DAY = 24 * 60 * 60 * 1000;

/** The expiry of an invitation (re)sent at `now`. */
export const invitationExpiry = (now: Date) => new Date(now.getTime() + Limits.invitationDays * DAY);

/** What a new invitation says; `tokenHash` when its link is made here (the CLI) rather than when e-mailed. */
export type NewInvitation = {
  organisation: { id: string; name: string; kind: InvitationRow['organisation_kind'] };
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  invitedBy: { userId: string | null; name: string };
  tokenHash?: string;
};

/**
 * Writes a pending invitation in the caller's transaction, with its INVITATION_CREATED audit entry.
 * An address that has an account is 409 EMAIL_TAKEN; one with a pending invitation 409
 * INVITATION_PENDING, except that an expired pending one is revoked first so a new one can be made.
 */
export async function insertInvitation(trx: Kysely<Database>, { now, by, ip, invitation }: { now: Date; by: AuditBy; ip: string | null; invitation: NewInvitation }): Promise<InvitationRow> {
  const { organisation, email } = invitation;
  const account = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (account) throw new AppError(409, 'EMAIL_TAKEN', 'This e-mail address already has an account.', [{ path: 'email', code: 'EMAIL_TAKEN', message: 'Someone already signs in with this address.' }]);
  const expired = await trx
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '<=', now)
    .returning(['id', 'organisation_id'])
    .execute();
  for (const old of expired) {
    await recordAudit(trx, { at: now, by: { type: 'SYSTEM' }, action: 'INVITATION_REVOKED', target: invitationAuditTarget({ ...old, email }), details: { reason: 'EXPIRED' } });
  }
  const row = await trx
    .insertInto('invitations')
    .values({
      organisation_id: organisation.id,
      email,
      name: invitation.name,
      role: invitation.role,
      locale: invitation.locale,
      token_hash: invitation.tokenHash ?? null,
      invited_by: invitation.invitedBy.userId,
      invited_by_name: invitation.invitedBy.name,
      created_at: now,
      expires_at: invitationExpiry(now),
      last_sent_at: now,
      send_count: 1,
    })
    // The partial unique index keeps one pending invitation per address, whatever the concurrency.
    .onConflict((oc) => oc.column('email').where('accepted_at', 'is', null).where('revoked_at', 'is', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError(409, 'INVITATION_PENDING', 'This address already has a pending invitation: resend or revoke it instead.', [{ path: 'email', code: 'INVITATION_PENDING', message: 'An invitation to this address is waiting to be accepted.' }]);
  await recordAudit(trx, {
    at: now,
    by,
    action: 'INVITATION_CREATED',
    target: invitationAuditTarget(row),
    details: { email, role: invitation.role, organisationName: organisation.name },
    ip,
  });
  return { ...row, organisation_name: organisation.name, organisation_kind: organisation.kind };
}
