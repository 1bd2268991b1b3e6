import { createHash } from 'node:crypto';
import path from 'node:path';
import { DOCUMENT_TYPES, Limits, type ClaimDocument } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { canAddDocuments, isOwningAdmin } from '../claims/claim-policies';
import { getClaimForActor } from '../claims/find-claim-for-actor';
import { recordClaimEvent } from '../claims/record-claim-event';
import { claimNotEditable } from '../claims/update-claim';
import { detectDocumentType } from './detect-document-type';
import { DATABASE_STORE, type DocumentStore, documentKey } from './document-store';

/** Checks, before any byte is read, that the caller may add a document to this claim now. */
export async function assertCanUploadDocument({ db, clock, actor, claimId }: { db: Db; clock: Clock; actor: Actor; claimId: string }): Promise<void> {
  const claim = await getClaimForActor(db, actor, claimId);
  if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator adds documents.');
  assertPartnerActive(actor);
  if (!canAddDocuments(claim, clock.now())) throw claimNotEditable();
}

/** A file name safe to store and to send back in Content-Disposition. */
function cleanFileName(name: string, extension: string): string {
  const base = path.basename(name).replace(/[\u0000-\u001f\u007f"\\/]/g, '_').trim().slice(0, 200) || 'document';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Stores one proof-of-execution document after recognising its type from its bytes. The claim row
 * is locked so two parallel uploads cannot pass the per-claim limit together. Outside PostgreSQL
 * the bytes are stored durably first, so a committed row always has its bytes (a failed commit
 * may leave an unreferenced object, never a row without one).
 */
export async function uploadClaimDocument({
  db,
  clock,
  actor,
  claimId,
  fileName,
  bytes,
  store = DATABASE_STORE,
}: {
  db: Db;
  clock: Clock;
  actor: Actor;
  claimId: string;
  fileName: string;
  bytes: Buffer;
  store?: DocumentStore;
}): Promise<ClaimDocument> {
  if (bytes.length === 0) throw new AppError(422, 'DOCUMENT_EMPTY', 'The file is empty.');
  const type = await detectDocumentType(bytes);
  if (!type) {
    throw new AppError(415, 'DOCUMENT_TYPE_NOT_ALLOWED', 'Proof of execution must be a PDF, DOCX, XLSX, PNG or JPEG file (recognised by its content, not its name).');
  }
  const { contentType, extension } = DOCUMENT_TYPES[type];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const now = clock.now();
  const inDatabase = store.storage === 'DATABASE';
  const key = inDatabase ? null : documentKey(sha256);
  if (key) {
    try {
      await store.put(key, bytes);
    } catch (err) {
      const unavailable = new AppError(503, 'DOCUMENT_STORE_UNAVAILABLE', 'The document store could not be reached; nothing was saved. Try again shortly.', [], { 'retry-after': '30' });
      unavailable.cause = err;
      throw unavailable;
    }
  }
  return db.transaction().execute(async (trx) => {
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!canAddDocuments(claim, now)) throw claimNotEditable();
    // A draft holds the original documents; after submit, new ones wait for the next revision.
    const revision = claim.status === 'DRAFT' ? 0 : claim.revision + 1;
    const { n } = await trx
      .selectFrom('claim_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('claim_id', '=', claimId)
      .where('revision', '=', revision)
      .executeTakeFirstOrThrow();
    if (n >= Limits.maxDocumentsPerClaim) {
      throw new AppError(422, 'TOO_MANY_DOCUMENTS', `At most ${Limits.maxDocumentsPerClaim} documents at a time; remove one first.`);
    }
    const name = cleanFileName(fileName, extension);
    const row = await trx
      .insertInto('claim_documents')
      .values({ claim_id: claimId, file_name: name, document_type: type, content_type: contentType, size_bytes: bytes.length, sha256, content: inDatabase ? bytes : null, storage: store.storage, storage_key: key, uploaded_by: actor.userId, uploaded_at: now, revision })
      .returning(['id', 'uploaded_at'])
      .executeTakeFirstOrThrow();
    if (claim.status === 'DRAFT') await trx.updateTable('claims').set({ updated_at: now }).where('id', '=', claimId).execute();
    await recordClaimEvent(trx, { claimId, by: { type: 'USER', actor }, at: now, event: { type: 'DOCUMENT_ADDED', documentId: row.id, fileName: name, sha256, sizeBytes: bytes.length } });
    return { id: row.id, fileName: name, contentType, sizeBytes: bytes.length, sha256, uploadedAt: row.uploaded_at.toISOString(), uploadedBy: actor.name };
  });
}
