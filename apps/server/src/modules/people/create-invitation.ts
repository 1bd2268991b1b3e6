import type { CreateInvitationRequest, Invitation } from '@associa/contracts';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden, notFound } from '../../lib/errors';
import { auditByActor } from '../audit/record-audit';
import type { Actor } from '../users/actor';
import { insertInvitation } from './insert-invitation';
import { assertRoleFitsOrganisation, canGrantRole, canReachOrganisation } from './people-policies';
import { presentInvitation } from './present-invitation';
import { queueInvitationEmail } from './queue-invitation-email';

/** An administrator invites someone into an organisation as a role; the invitee is e-mailed a link. */
export async function createInvitation({ db, clock, config, actor, input, ip }: { db: Db; clock: Clock; config: Config; actor: Actor; input: CreateInvitationRequest; ip: string | null }): Promise<Invitation> {
  // Outside its own organisation a partner admin is refused before the target is looked up, so
  // the answer says nothing about whether that organisation exists.
  if (!canReachOrganisation(actor, input.organisationId)) throw forbidden('You may invite people into your own organisation only.');
  if (!canGrantRole(actor, input.role, input.organisationId)) throw forbidden(`You may not invite someone as ${input.role}.`);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const organisation = await trx.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', input.organisationId).executeTakeFirst();
    if (!organisation) throw notFound('The organisation');
    assertRoleFitsOrganisation(input.role, organisation.kind);
    const invitation = await insertInvitation(trx, {
      now,
      by: auditByActor(actor),
      ip,
      invitation: { organisation, email: input.email, name: input.name, role: input.role, locale: input.locale ?? actor.locale, invitedBy: { userId: actor.userId, name: actor.name } },
    });
    await queueInvitationEmail(trx, { config, at: now, invitation });
    return presentInvitation(invitation, now);
  });
}
