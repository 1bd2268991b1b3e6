import type { CreateClaimRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden } from '../../lib/errors';
import { assertOwnLocation } from '../partners/assert-own-location';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { changedFieldNames, claimColumnsFrom } from './claim-columns';
import { recordClaimEvent } from './record-claim-event';
import { refreshClaimPrograms, saveClaimLines } from './save-claim-lines';

/** Starts a draft claim for one of the caller's locations; any other field may come later. */
export async function createClaim({ db, clock, actor, input }: { db: Db; clock: Clock; actor: Actor; input: CreateClaimRequest }): Promise<string> {
  if (actor.role !== 'PARTNER_ADMIN') throw forbidden('Only an incentives administrator creates claims.');
  assertPartnerActive(actor);
  await assertOwnLocation(db, actor, input.locationId);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('claims')
      .values({
        ...claimColumnsFrom(input),
        organisation_id: actor.organisationId,
        location_id: input.locationId,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.lines) await saveClaimLines(trx, id, input.lines);
    await refreshClaimPrograms(trx, id);
    await recordClaimEvent(trx, { claimId: id, by: { type: 'USER', actor }, at: now, event: { type: 'CLAIM_CREATED' } });
    const fields = changedFieldNames(input).filter((f) => f !== 'locationId');
    if (fields.length) await recordClaimEvent(trx, { claimId: id, by: { type: 'USER', actor }, at: now, event: { type: 'DRAFT_SAVED', fields } });
    return id;
  });
}
