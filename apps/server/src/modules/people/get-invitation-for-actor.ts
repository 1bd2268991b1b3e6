import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { type InvitationRow, selectInvitations } from './invitation-rows';
import { canReachOrganisation } from './people-policies';

/** An invitation the administrator may manage, locked for the change; 404 for one outside its reach. */
export async function getInvitationForActor(trx: Kysely<Database>, actor: Actor, invitationId: string): Promise<InvitationRow> {
  const row = await selectInvitations(trx).where('i.id', '=', invitationId).forUpdate('i').executeTakeFirst();
  if (!row || !canReachOrganisation(actor, row.organisation_id)) throw notFound('The invitation');
  return row;
}
