import type { InvitationView } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { getOpenInvitation } from './get-open-invitation';

/** What the invitee's page shows before they accept: who invited them to what, as which role. */
export async function getInvitationView({ db, clock, token }: { db: Db; clock: Clock; token: string }): Promise<InvitationView> {
  const row = await getOpenInvitation(db, { token, now: clock.now() });
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    organisationName: row.organisation_name,
    organisationKind: row.organisation_kind,
    invitedBy: row.invited_by_name,
    expiresAt: row.expires_at.toISOString(),
    locale: row.locale,
  };
}
