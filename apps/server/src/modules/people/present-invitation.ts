import type { Invitation, InvitationStatus } from '@associa/contracts';
import type { InvitationRow } from './invitation-rows';

/** Where an invitation stands at `now`: an unanswered one past its expiry is EXPIRED. */
export function invitationStatus(row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>, now: Date): InvitationStatus {
  if (row.accepted_at) return 'ACCEPTED';
  if (row.revoked_at) return 'REVOKED';
  return row.expires_at.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

/** An invitation as its inviters see it, never with a link. */
export function presentInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    status: invitationStatus(row, now),
    invitedBy: row.invited_by_name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastSentAt: row.last_sent_at?.toISOString() ?? null,
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
