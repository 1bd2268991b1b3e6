import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isOwningAdmin } from './claim-policies';
import { getClaimForActor } from './find-claim-for-actor';
import { recordClaimEvent } from './record-claim-event';
import { claimNotEditable } from './update-claim';

/** Deletes a draft (softly, so its history stays); submitted claims are withdrawn instead. */
export async function deleteClaim({ db, clock, actor, claimId }: { db: Db; clock: Clock; actor: Actor; claimId: string }): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator deletes drafts.');
    if (claim.status !== 'DRAFT') throw claimNotEditable();
    await trx.updateTable('claims').set({ deleted_at: now, updated_at: now }).where('id', '=', claimId).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'DRAFT_DELETED' } });
  });
}
