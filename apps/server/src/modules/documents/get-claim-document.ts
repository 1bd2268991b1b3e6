import { createHash } from 'node:crypto';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { getClaimForActor } from '../claims/find-claim-for-actor';
import { storeForRow } from './document-store';

/**
 * A document's bytes for download, under the same access rule as its claim. Bytes from a folder or
 * a bucket are checked against the SHA-256 recorded at upload before they are handed out.
 */
export async function getClaimDocument({ db, config, actor, claimId, documentId }: { db: Db; config: Pick<Config, 'documentStore'>; actor: Actor; claimId: string; documentId: string }) {
  await getClaimForActor(db, actor, claimId);
  const doc = await db
    .selectFrom('claim_documents')
    .select(['file_name', 'content_type', 'content', 'sha256', 'size_bytes', 'storage', 'storage_key'])
    .where('id', '=', documentId)
    .where('claim_id', '=', claimId)
    .executeTakeFirst();
  if (!doc) throw notFound('The document');
  let content = doc.content;
  if (content === null) {
    content = await storeForRow(config, doc.storage).get(doc.storage_key!);
    if (createHash('sha256').update(content).digest('hex') !== doc.sha256) {
      throw new AppError(503, 'DOCUMENT_CORRUPT', "The stored file does not match the document's recorded SHA-256; it is not handed out.");
    }
  }
  return { fileName: doc.file_name, contentType: doc.content_type, content, sha256: doc.sha256 };
}
