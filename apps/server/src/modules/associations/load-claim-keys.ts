import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { type AssociationKey, claimKeys, type KeyProgram } from './association-keys';

/** A claim with the exclusivity keys it targets. */
export type ClaimKeys = { claimId: string; organisationId: string; locationId: string; tenantId: string; submittedAt: Date | null; keys: AssociationKey[] };

/** Reads the keys of one or more claims (lines never change after submit, so no lock is needed). */
export async function loadClaimKeys(db: Kysely<Database>, claimIds: string[]): Promise<ClaimKeys[]> {
  if (!claimIds.length) return [];
  const claims = await db
    .selectFrom('claims')
    .select(['id', 'organisation_id', 'location_id', 'tenant_id', 'programs', 'submitted_at'])
    .where('id', 'in', claimIds)
    .where('tenant_id', 'is not', null)
    .execute();
  const lines = await db.selectFrom('claim_lines').select(['id', 'claim_id', 'product_code', 'subscription_id']).where('claim_id', 'in', claimIds).orderBy('position').execute();
  const programs = await loadKeyPrograms(db);
  return claims.map((c) => ({
    claimId: c.id,
    organisationId: c.organisation_id,
    locationId: c.location_id,
    tenantId: c.tenant_id!,
    submittedAt: c.submitted_at,
    keys: claimKeys(
      c.tenant_id!,
      c.programs.flatMap((code) => programs.get(code) ?? []),
      lines.filter((l) => l.claim_id === c.id).map((l) => ({ lineId: l.id, productCode: l.product_code, subscriptionId: l.subscription_id })),
    ),
  }));
}

/** The claimable programs with their exclusivity unit and conflict rule, by code. */
export async function loadKeyPrograms(db: Kysely<Database>): Promise<Map<string, KeyProgram>> {
  const rows = await db
    .selectFrom('programs')
    .select(['code', 'exclusivity_unit', 'conflict_rule'])
    .where('is_claimable', '=', true)
    .where('exclusivity_unit', 'is not', null)
    .execute();
  return new Map(rows.map((p) => [p.code, { code: p.code, exclusivityUnit: p.exclusivity_unit!, conflictRule: p.conflict_rule ?? 'REVIEWER_DECIDES' }]));
}

/**
 * Serialises everyone who may create an association on these keys, for the rest of the transaction.
 * Taken before any claim row lock, in one statement and in the order of the lock ids (so two
 * activations, single or in bulk, can never deadlock even when two keys share a hash).
 */
export async function lockKeys(trx: Kysely<Database>, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await sql`select pg_advisory_xact_lock(8801, h) from (select distinct hashtext(k) as h from unnest(${[...new Set(keys)]}::text[]) k order by h) s`.execute(trx);
}
