import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden, notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isPartnerStaff } from '../users/policies';
import { endAssociations } from './end-associations';

/** The partner's administrator disassociates from one key, saying why; the customer keeps its other partners. */
export async function endAssociationByPartner({ db, clock, actor, associationId, message }: { db: Db; clock: Clock; actor: Actor; associationId: string; message: string }): Promise<void> {
  const association = await db.selectFrom('associations').select(['organisation_id', 'status']).where('id', '=', associationId).executeTakeFirst();
  // Another organisation's association does not exist for this caller.
  if (!association || (isPartnerStaff(actor) && association.organisation_id !== actor.organisationId)) throw notFound('The association');
  if (!isPartnerStaff(actor)) throw forbidden('Only the partner that holds an association ends it.');
  if (actor.role !== 'PARTNER_ADMIN') throw forbidden('Only an incentives administrator ends an association.');
  if (association.status !== 'ACTIVE') throw new AppError(409, 'ASSOCIATION_ENDED', 'This association has already ended.');
  const now = clock.now();
  const ended = await db.transaction().execute((trx) =>
    endAssociations(trx, { associationIds: [associationId], reason: 'PARTNER_DISASSOCIATED', message, by: { type: 'USER', actor }, at: now }),
  );
  if (!ended.length) throw new AppError(409, 'ASSOCIATION_ENDED', 'This association has already ended.');
}
