import type { ClaimStatus } from '@associa/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { ClaimsTable, Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { type ClaimAccess, canReadClaim } from './claim-policies';

/** A claim's identity, access and lifecycle fields. */
export type ClaimRef = ClaimAccess & { id: string; locationId: string; revision: number; rejectedBy: string | null; disputeCount: number; disputeDueAt: Date | null };

/** The claim columns a ClaimRef is made of. */
export const CLAIM_REF_COLUMNS = ['id', 'organisation_id', 'status', 'location_id', 'revision', 'rejected_by', 'dispute_count', 'dispute_due_at'] as const;

/** The claim row read with CLAIM_REF_COLUMNS (or more), if there was one. */
type RefRow = Pick<Selectable<ClaimsTable>, (typeof CLAIM_REF_COLUMNS)[number]>;

/** The ClaimRef of a row the caller may see, or 404 (another organisation's claim is indistinguishable from one that does not exist). */
export function readableClaimRef(actor: Actor, row: RefRow | undefined): ClaimRef {
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

/**
 * Loads a claim the caller may see, or 404 (another organisation's claim is indistinguishable
 * from one that does not exist). `forUpdate` locks the row for the caller's transaction.
 */
export async function getClaimForActor(db: Kysely<Database>, actor: Actor, claimId: string, { forUpdate = false } = {}): Promise<ClaimRef> {
  let q = db.selectFrom('claims').select(CLAIM_REF_COLUMNS).where('id', '=', claimId).where('deleted_at', 'is', null);
  if (forUpdate) q = q.forUpdate();
  return readableClaimRef(actor, await q.executeTakeFirst());
}
