import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { loadClaimKeys } from '../associations/load-claim-keys';

/** Another partner's claim on one of this claim's keys, and which keys it shares. */
export type ConflictingClaimRef = { claimId: string; sharedKeys: string[]; holdsAssociation: boolean };

/**
 * Other partners' claims that hold (an active association) or target (an open claim) one of this
 * claim's exclusivity keys: (program, tenant, workload) or (program, subscription).
 */
export async function findConflictingClaims(db: Kysely<Database>, claimId: string): Promise<ConflictingClaimRef[]> {
  const [claim] = await loadClaimKeys(db, [claimId]);
  if (!claim?.keys.length) return [];
  const keys = new Set(claim.keys.map((k) => k.key));
  const holders = await db
    .selectFrom('associations')
    .select(['claim_id', 'exclusivity_key'])
    .where('exclusivity_key', 'in', [...keys])
    .where('status', '=', 'ACTIVE')
    .where('organisation_id', '!=', claim.organisationId)
    .execute();
  const open = await db
    .selectFrom('claims')
    .select('id')
    .where('tenant_id', '=', claim.tenantId)
    .where('organisation_id', '!=', claim.organisationId)
    .where('status', 'in', [...OPEN_CLAIM_STATUSES])
    .where('deleted_at', 'is', null)
    .execute();
  const found = new Map<string, ConflictingClaimRef>();
  for (const h of holders) {
    const ref = found.get(h.claim_id) ?? { claimId: h.claim_id, sharedKeys: [], holdsAssociation: true };
    ref.sharedKeys.push(h.exclusivity_key);
    found.set(h.claim_id, ref);
  }
  for (const other of await loadClaimKeys(db, open.map((o) => o.id))) {
    const shared = other.keys.filter((k) => keys.has(k.key)).map((k) => k.key);
    if (!shared.length) continue;
    const ref = found.get(other.claimId) ?? { claimId: other.claimId, sharedKeys: [], holdsAssociation: false };
    ref.sharedKeys = [...new Set([...ref.sharedKeys, ...shared])].sort();
    found.set(other.claimId, ref);
  }
  return [...found.values()];
}
