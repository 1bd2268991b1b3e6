import type { ClaimStatus } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { canReadClaim } from './claim-policies';

/** A claim's identity and access fields. */
export type ClaimRef = { id: string; organisationId: string; status: ClaimStatus; locationId: string };

/**
 * Loads a claim the caller may see, or 404 (another organisation's claim is indistinguishable
 * from one that does not exist). `forUpdate` locks the row for the caller's transaction.
 */
export async function getClaimForActor(db: Kysely<Database>, actor: Actor, claimId: string, { forUpdate = false } = {}): Promise<ClaimRef> {
  let q = db.selectFrom('claims').select(['id', 'organisation_id', 'status', 'location_id']).where('id', '=', claimId).where('deleted_at', 'is', null);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  const ref = row && { id: row.id, organisationId: row.organisation_id, status: row.status as ClaimStatus, locationId: row.location_id };
  if (!ref || !canReadClaim(actor, ref)) throw notFound('The claim');
  return ref;
}
