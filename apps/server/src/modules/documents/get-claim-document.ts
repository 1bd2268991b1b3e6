import type { Db } from '../../db/client';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { getClaimForActor } from '../claims/find-claim-for-actor';

/** A document's bytes for download, under the same access rule as its claim. */
export async function getClaimDocument({ db, actor, claimId, documentId }: { db: Db; actor: Actor; claimId: string; documentId: string }) {
  await getClaimForActor(db, actor, claimId);
  const doc = await db
    .selectFrom('claim_documents')
    .select(['file_name', 'content_type', 'content', 'sha256', 'size_bytes'])
    .where('id', '=', documentId)
    .where('claim_id', '=', claimId)
    .executeTakeFirst();
  if (!doc) throw notFound('The document');
  return { fileName: doc.file_name, contentType: doc.content_type, content: doc.content, sha256: doc.sha256 };
}
