import type { UpdateClaimRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import { assertOwnLocation } from '../partners/assert-own-location';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { isOwningAdmin } from './claim-policies';
import { changedFieldNames, claimColumnsFrom } from './claim-columns';
import { getClaimForActor } from './find-claim-for-actor';
import { recordClaimEvent } from './record-claim-event';
import { refreshClaimPrograms, saveClaimLines } from './save-claim-lines';

/** Thrown for any change to a submitted claim: it can't be edited (DESIGN.md section 3). */
export const claimNotEditable = () => new AppError(409, 'CLAIM_NOT_EDITABLE', 'A submitted claim can\'t be edited. Add a comment instead, or respond when the reviewer asks.');

/** Saves a draft: fields present replace the stored ones, null clears them. Any number of times. */
export async function updateClaim({ db, clock, actor, claimId, input }: { db: Db; clock: Clock; actor: Actor; claimId: string; input: UpdateClaimRequest }): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator edits claims.');
    assertPartnerActive(actor);
    if (claim.status !== 'DRAFT') throw claimNotEditable();
    if (input.locationId && input.locationId !== claim.locationId) await assertOwnLocation(trx, actor, input.locationId);
    await trx.updateTable('claims').set({ ...claimColumnsFrom(input), updated_at: now }).where('id', '=', claimId).execute();
    if (input.lines !== undefined) await saveClaimLines(trx, claimId, input.lines ?? []);
    await refreshClaimPrograms(trx, claimId);
    const fields = changedFieldNames(input);
    if (fields.length) await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'DRAFT_SAVED', fields } });
  });
}
