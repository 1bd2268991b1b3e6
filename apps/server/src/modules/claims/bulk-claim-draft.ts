import type { CreateClaimRequest } from '@associa/contracts';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import type { Actor } from '../users/actor';
import { changedFieldNames, claimColumnsFrom } from './claim-columns';
import { recordClaimEvent } from './record-claim-event';
import { refreshClaimPrograms, saveClaimLines } from './save-claim-lines';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a PoE document ID names a document on one of the caller's organisation's claims. */
export async function isOwnPoeDocument(db: Db, actor: Actor, documentId: string): Promise<boolean> {
  if (!UUID.test(documentId)) return false;
  const row = await db
    .selectFrom('claim_documents as d')
    .innerJoin('claims as c', 'c.id', 'd.claim_id')
    .select('d.id')
    .where('d.id', '=', documentId.toLowerCase())
    .where('c.organisation_id', '=', actor.organisationId)
    .where('c.deleted_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}

/**
 * Creates one draft from a bulk row in the caller's transaction, as `createClaim` does (same
 * columns, lines, programs and history), and copies the reused PoE document onto it. The caller
 * has already validated the row, the location included.
 */
export async function createBulkDraft(
  trx: Kysely<Database>,
  { actor, input, poeDocumentId, at }: { actor: Actor; input: CreateClaimRequest; poeDocumentId: string | null; at: Date },
): Promise<string> {
  const { id } = await trx
    .insertInto('claims')
    .values({ ...claimColumnsFrom(input), organisation_id: actor.organisationId, location_id: input.locationId, created_by: actor.userId, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.lines) await saveClaimLines(trx, id, input.lines);
  await refreshClaimPrograms(trx, id);
  await recordClaimEvent(trx, { claimId: id, by: { type: 'USER', actor }, at, event: { type: 'CLAIM_CREATED' } });
  const fields = changedFieldNames(input).filter((f) => f !== 'locationId');
  if (fields.length) await recordClaimEvent(trx, { claimId: id, by: { type: 'USER', actor }, at, event: { type: 'DRAFT_SAVED', fields } });
  if (poeDocumentId) {
    // Bytes in the database are copied inside PostgreSQL (never through this process); bytes in a
    // folder or bucket are content-addressed, so the copy names the same object.
    const doc = await sql<{ id: string; file_name: string; sha256: string; size_bytes: number }>`
      insert into claim_documents (claim_id, file_name, document_type, content_type, size_bytes, sha256, content, storage, storage_key, uploaded_by, uploaded_at, revision)
      select ${id}, d.file_name, d.document_type, d.content_type, d.size_bytes, d.sha256, d.content, d.storage, d.storage_key, ${actor.userId}, ${at}, 0
      from claim_documents d join claims c on c.id = d.claim_id
      where d.id = ${poeDocumentId.toLowerCase()} and c.organisation_id = ${actor.organisationId}
      returning id, file_name, sha256, size_bytes`.execute(trx);
    const copied = doc.rows[0];
    if (copied) {
      await recordClaimEvent(trx, {
        claimId: id,
        by: { type: 'USER', actor },
        at,
        event: { type: 'DOCUMENT_ADDED', documentId: copied.id, fileName: copied.file_name, sha256: copied.sha256, sizeBytes: copied.size_bytes },
      });
    }
  }
  return id;
}
