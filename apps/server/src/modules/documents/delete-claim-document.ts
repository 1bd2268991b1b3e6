import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden, notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isOwningAdmin } from '../claims/claim-policies';
import { getClaimForActor } from '../claims/find-claim-for-actor';
import { recordClaimEvent } from '../claims/record-claim-event';
import { claimNotEditable } from '../claims/update-claim';

/** Removes a document from a draft; a submitted claim's documents stay. */
export async function deleteClaimDocument({ db, clock, actor, claimId, documentId }: { db: Db; clock: Clock; actor: Actor; claimId: string; documentId: string }): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator removes documents.');
    if (claim.status !== 'DRAFT') throw claimNotEditable();
    const doc = await trx.deleteFrom('claim_documents').where('id', '=', documentId).where('claim_id', '=', claimId).returning(['id', 'file_name']).executeTakeFirst();
    if (!doc) throw notFound('The document');
    await trx.updateTable('claims').set({ updated_at: now }).where('id', '=', claimId).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'DOCUMENT_REMOVED', documentId: doc.id, fileName: doc.file_name } });
  });
}
