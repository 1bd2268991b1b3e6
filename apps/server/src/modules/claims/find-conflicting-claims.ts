import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { claimKeys, type KeyLine, type KeyProgram } from '../associations/association-keys';

/** Another partner's claim on one of this claim's keys, and which keys it shares. */
export type ConflictingClaimRef = { claimId: string; sharedKeys: string[]; holdsAssociation: boolean };

/** A claim's programs and lines as the key rules read them. */
type KeyedClaim = { claimId: string; programs: string[]; lines: KeyLine[] };

/**
 * What a claim's conflicts are decided from, read in one statement: the claim's own programs and
 * lines, the claimable programs' key rules, the other partners' active associations that could
 * share a key (on the claim's tenant or one of its subscriptions: every association's tenant and
 * subscription are those its key is made of) and the other partners' open claims on the tenant.
 * Null when the claim has no directory tenant (a draft never checked).
 */
export type ConflictCandidates = {
  organisationId: string;
  tenantId: string;
  own: KeyedClaim;
  keyPrograms: { code: string; exclusivityUnit: KeyProgram['exclusivityUnit']; conflictRule: KeyProgram['conflictRule'] | null }[];
  holders: { claimId: string; key: string }[];
  open: KeyedClaim[];
} | null;

// A line's subscription as text: only a well-formed one is compared with the associations' (uuid, indexed).
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

const linesOf = (claim: RawBuilder<unknown>) => sql<KeyLine[]>`(select coalesce(json_agg(json_build_object('lineId', l.id, 'productCode', l.product_code,
    'subscriptionId', l.subscription_id) order by l.position), '[]') from claim_lines l where l.claim_id = ${claim})`;

/**
 * The ConflictCandidates of the claim row aliased `alias` in the caller's statement, as one
 * column: a caller already reading the claim finds its conflicts without another round trip.
 */
export function conflictCandidatesOf(alias: string): RawBuilder<ConflictCandidates> {
  const c = sql.ref(alias);
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<ConflictCandidates>`(select json_build_object(
      'organisationId', ${col('organisation_id')}, 'tenantId', ${col('tenant_id')},
      'own', json_build_object('claimId', ${col('id')}, 'programs', ${col('programs')}, 'lines', ${linesOf(sql`${c}.id`)}),
      'keyPrograms', (select coalesce(json_agg(json_build_object('code', p.code, 'exclusivityUnit', p.exclusivity_unit, 'conflictRule', p.conflict_rule)), '[]')
        from programs p where p.is_claimable and p.exclusivity_unit is not null),
      'holders', (select coalesce(json_agg(json_build_object('claimId', a.claim_id, 'key', a.exclusivity_key) order by a.exclusivity_key), '[]')
        from associations a
        where a.status = 'ACTIVE' and a.organisation_id <> ${col('organisation_id')} and a.program_code = any(${col('programs')})
          and (a.tenant_id = ${col('tenant_id')}
               or a.subscription_id = any(array(select case when l.subscription_id ~* ${UUID} then l.subscription_id::uuid end
                                                from claim_lines l where l.claim_id = ${col('id')})))),
      'open', (select coalesce(json_agg(json_build_object('claimId', o.id, 'programs', o.programs, 'lines', ${linesOf(sql`o.id`)}) order by o.id), '[]')
        from claims o
        where o.tenant_id = ${col('tenant_id')} and o.organisation_id <> ${col('organisation_id')}
          and o.status = any(${[...OPEN_CLAIM_STATUSES]}::text[]) and o.deleted_at is null))
    where ${col('tenant_id')} is not null)`;
}

/**
 * Other partners' claims that hold (an active association) or target (an open claim) one of the
 * claim's exclusivity keys: (program, tenant, workload) or (program, subscription). Pure.
 */
export function conflictsFrom(candidates: ConflictCandidates): ConflictingClaimRef[] {
  if (!candidates) return [];
  const programs = new Map(
    candidates.keyPrograms.map((p): [string, KeyProgram] => [p.code, { code: p.code, exclusivityUnit: p.exclusivityUnit, conflictRule: p.conflictRule ?? 'REVIEWER_DECIDES' }]),
  );
  const keysOf = (claim: KeyedClaim) => claimKeys(candidates.tenantId, claim.programs.flatMap((code) => programs.get(code) ?? []), claim.lines);
  const keys = new Set(keysOf(candidates.own).map((k) => k.key));
  if (!keys.size) return [];
  const found = new Map<string, ConflictingClaimRef>();
  // The holders read are a superset: only an exact key is shared.
  for (const h of candidates.holders.filter((x) => keys.has(x.key))) {
    const ref = found.get(h.claimId) ?? { claimId: h.claimId, sharedKeys: [], holdsAssociation: true };
    ref.sharedKeys.push(h.key);
    found.set(h.claimId, ref);
  }
  for (const other of candidates.open) {
    const shared = keysOf(other).filter((k) => keys.has(k.key)).map((k) => k.key);
    if (!shared.length) continue;
    const ref = found.get(other.claimId) ?? { claimId: other.claimId, sharedKeys: [], holdsAssociation: false };
    ref.sharedKeys = [...new Set([...ref.sharedKeys, ...shared])].sort();
    found.set(other.claimId, ref);
  }
  return [...found.values()];
}

/** The conflicts of one claim, for the reviewer's views and the first-valid-wins rule (one statement). */
export async function findConflictingClaims(db: Kysely<Database>, claimId: string): Promise<ConflictingClaimRef[]> {
  const row = await db.selectFrom('claims as c').select(conflictCandidatesOf('c').as('candidates')).where('c.id', '=', claimId).executeTakeFirst();
  return conflictsFrom(row?.candidates ?? null);
}
