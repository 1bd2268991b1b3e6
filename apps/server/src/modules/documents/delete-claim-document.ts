import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { forbidden, notFound } from '../../lib/errors';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { canAddDocuments, isOwningAdmin } from '../claims/claim-policies';
import { getClaimForActor } from '../claims/find-claim-for-actor';
import { recordClaimEvent } from '../claims/record-claim-event';
import { claimNotEditable } from '../claims/update-claim';

/** Removes a document from a draft; a submitted claim's documents stay. */
export async function deleteClaimDocument({ db, clock, actor, claimId, documentId }: { db: Db; clock: Clock; actor: Actor; claimId: string; documentId: string }): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator removes documents.');
    assertPartnerActive(actor);
    if (!canAddDocuments(claim, now)) throw claimNotEditable();
    const doc = await trx.selectFrom('claim_documents').select(['id', 'file_name', 'revision']).where('id', '=', documentId).where('claim_id', '=', claimId).executeTakeFirst();
    if (!doc) throw notFound('The document');
    // Documents of the original claim or of a revision already sent stay for good.
    if (claim.status !== 'DRAFT' && doc.revision <= claim.revision) throw claimNotEditable();
    await trx.deleteFrom('claim_documents').where('id', '=', doc.id).execute();
    await trx.updateTable('claims').set({ updated_at: now }).where('id', '=', claimId).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'DOCUMENT_REMOVED', documentId: doc.id, fileName: doc.file_name } });
  });
}
