import type { ClaimCorrections } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../users/actor';
import { AppError } from '../../lib/errors';
import type { ClaimRef } from '../claims/find-claim-for-actor';

/**
 * Stores a response or dispute as the claim's next revision, beside the original: the comment,
 * the corrections, and the documents uploaded for it (they must be this claim's pending ones).
 */
export async function attachRevision(
  trx: Kysely<Database>,
  { claim, actor, kind, comment, corrections, documentIds, at }: { claim: ClaimRef; actor: Actor; kind: 'RESPONSE' | 'DISPUTE'; comment: string; corrections: ClaimCorrections; documentIds: string[]; at: Date },
): Promise<number> {
  const revision = claim.revision + 1;
  const ids = [...new Set(documentIds)];
  if (ids.length) {
    const pending = await trx.selectFrom('claim_documents').select('id').where('claim_id', '=', claim.id).where('revision', '=', revision).where('id', 'in', ids).execute();
    const missing = ids.filter((id) => !pending.some((p) => p.id === id));
    if (missing.length) {
      throw new AppError(422, 'VALIDATION_FAILED', 'Some documents are not new uploads on this claim.', missing.map((id) => ({ path: 'documentIds', code: 'DOCUMENT_UNKNOWN', message: `${id} was not uploaded for this response.` })));
    }
  }
  // Pending uploads the partner did not include are not part of the revision.
  await trx.deleteFrom('claim_documents').where('claim_id', '=', claim.id).where('revision', '=', revision).where('id', 'not in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']).execute();
  await trx
    .insertInto('claim_revisions')
    .values({ claim_id: claim.id, revision, kind, created_at: at, created_by: actor.userId, comment, corrections: JSON.stringify(corrections), document_ids: ids })
    .execute();
  await trx.updateTable('claims').set({ revision }).where('id', '=', claim.id).execute();
  return revision;
}
