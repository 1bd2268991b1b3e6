import type { ClaimStatus } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { type ClaimAccess, canReadClaim } from './claim-policies';

/** A claim's identity, access and lifecycle fields. */
export type ClaimRef = ClaimAccess & { id: string; locationId: string; revision: number; rejectedBy: string | null; disputeCount: number; disputeDueAt: Date | null };

/**
 * Loads a claim the caller may see, or 404 (another organisation's claim is indistinguishable
 * from one that does not exist). `forUpdate` locks the row for the caller's transaction.
 */
export async function getClaimForActor(db: Kysely<Database>, actor: Actor, claimId: string, { forUpdate = false } = {}): Promise<ClaimRef> {
  let q = db
    .selectFrom('claims')
    .select(['id', 'organisation_id', 'status', 'location_id', 'revision', 'rejected_by', 'dispute_count', 'dispute_due_at'])
    .where('id', '=', claimId)
    .where('deleted_at', 'is', null);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  const ref: ClaimRef | undefined = row && {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status as ClaimStatus,
    locationId: row.location_id,
    revision: row.revision,
    rejectedBy: row.rejected_by,
    disputeCount: row.dispute_count,
    disputeDueAt: row.dispute_due_at,
  };
  if (!ref || !canReadClaim(actor, ref)) throw notFound('The claim');
  return ref;
}
