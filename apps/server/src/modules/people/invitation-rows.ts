import type { OrganisationKind } from '@associa/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { AuditTarget } from '../audit/record-audit';

/** An invitation row with its organisation's name and kind. */
export type InvitationRow = Selectable<InvitationsTable> & { organisation_name: string; organisation_kind: OrganisationKind };

/** Invitations with their organisation, for every query that presents one. */
export function selectInvitations(db: Kysely<Database>) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .selectAll('i')
    .select(['o.name as organisation_name', 'o.kind as organisation_kind']);
}

/** Refuses to resend or revoke an invitation that was already answered: 409 INVITATION_NOT_PENDING. */
export function assertInvitationOpen(invitation: Pick<InvitationRow, 'accepted_at' | 'revoked_at'>): void {
  if (invitation.accepted_at || invitation.revoked_at) {
    throw new AppError(409, 'INVITATION_NOT_PENDING', `This invitation was already ${invitation.accepted_at ? 'accepted' : 'revoked'}.`);
  }
}

/** How the audit log names an invitation: by its address, in its organisation. */
export const invitationAuditTarget = (invitation: Pick<InvitationRow, 'id' | 'email' | 'organisation_id'>): AuditTarget => ({
  type: 'INVITATION',
  id: invitation.id,
  label: invitation.email,
  organisationId: invitation.organisation_id,
});
