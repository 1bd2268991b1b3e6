import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { recordClaimEvents } from '../claims/transition-claims';
import { transitionClaims } from '../claims/transition-claims';
import { activateClaim } from './activate-claim';
import { describeKey } from './association-keys';
import { type ClaimKeys, loadClaimKeys, lockKeys } from './load-claim-keys';

/** What closing a batch of windows came to. */
export type BatchActivation = { activated: number; lostConflict: number; skipped: number };

/**
 * Consent windows closed without an opt-out, many at once, in the caller's transaction: the batch
 * variant of activateClaim with the same rules. Keys are locked first (sorted), then the claim rows.
 * A claim that contends with nothing (no active holder of its keys, no other claim of the batch on
 * them, no other partner's open claim it would make lose under FIRST_VALID_WINS) activates
 * set-based; the others go one by one through activateClaim, which applies supersession and
 * LOST_CONFLICT exactly as for a single closing. A claim no longer due is skipped.
 */
export async function activateClaims(trx: Kysely<Database>, { claimIds, at, closedBy }: { claimIds: string[]; at: Date; closedBy: Date }): Promise<BatchActivation> {
  const targets = await loadClaimKeys(trx, claimIds);
  await lockKeys(trx, targets.flatMap((t) => t.keys.map((k) => k.key)));
  const rows = await trx
    .selectFrom('claims')
    .select(['id', 'status', 'consent_closes_at'])
    .where('id', '=', sql<string>`any(${targets.map((t) => t.claimId)}::uuid[])`)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  const due = new Set(rows.filter((r) => r.status === 'CUSTOMER_CONSENT' && r.consent_closes_at && r.consent_closes_at <= closedBy).map((r) => r.id));
  const eligible = targets.filter((t) => due.has(t.claimId));
  const contended = await findContended(trx, eligible);
  const fast = eligible.filter((t) => !contended.has(t.claimId));

  const moved = await transitionClaims(trx, {
    claimIds: fast.map((t) => t.claimId),
    from: 'CUSTOMER_CONSENT',
    to: 'ACTIVE',
    by: { type: 'SYSTEM' },
    at,
    message: () => 'The consent window closed without an opt-out.',
    set: { consent_outcome: 'ACTIVATED_BY_SILENCE' },
    before: (ids) => startAssociations(trx, { targets: fast.filter((t) => ids.includes(t.claimId)), at }),
  });
  const result: BatchActivation = { activated: moved.length, lostConflict: 0, skipped: claimIds.length - eligible.length + (fast.length - moved.length) };
  for (const t of eligible.filter((e) => contended.has(e.claimId))) {
    const outcome = await activateClaim(trx, { claimId: t.claimId, by: { type: 'SYSTEM' }, at, how: 'ACTIVATED_BY_SILENCE', closedBy });
    if (outcome === 'ACTIVATED') result.activated++;
    else if (outcome === 'LOST_CONFLICT') result.lostConflict++;
    else result.skipped++;
  }
  return result;
}

/** The claims of the batch that must take the one-by-one path: their keys are held, shared, or contested. */
async function findContended(trx: Kysely<Database>, eligible: ClaimKeys[]): Promise<Set<string>> {
  const contended = new Set<string>();
  const keyCount = new Map<string, number>();
  for (const t of eligible) for (const k of t.keys) keyCount.set(k.key, (keyCount.get(k.key) ?? 0) + 1);
  const allKeys = [...keyCount.keys()];
  const held = allKeys.length
    ? new Set((await trx.selectFrom('associations').select('exclusivity_key').where('exclusivity_key', '=', sql<string>`any(${allKeys}::text[])`).where('status', '=', 'ACTIVE').execute()).map((h) => h.exclusivity_key))
    : new Set<string>();
  for (const t of eligible) if (t.keys.some((k) => held.has(k.key) || keyCount.get(k.key)! > 1)) contended.add(t.claimId);

  // Under FIRST_VALID_WINS a winner rejects other partners' open claims on its keys: those winners go one by one.
  const firstWins = eligible.filter((t) => !contended.has(t.claimId) && t.keys.some((k) => k.program.conflictRule === 'FIRST_VALID_WINS'));
  if (!firstWins.length) return contended;
  const batchIds = eligible.map((t) => t.claimId);
  const rivals = await trx
    .selectFrom('claims')
    .select('id')
    .where('tenant_id', '=', sql<string>`any(${[...new Set(firstWins.map((t) => t.tenantId))]}::uuid[])`)
    .where('status', 'in', [...OPEN_CLAIM_STATUSES])
    .where('deleted_at', 'is', null)
    .where('id', '!=', sql<string>`all(${batchIds}::uuid[])`)
    .execute();
  const rivalKeys = await loadClaimKeys(trx, rivals.map((r) => r.id));
  for (const t of firstWins) {
    const won = new Set(t.keys.filter((k) => k.program.conflictRule === 'FIRST_VALID_WINS').map((k) => k.key));
    if (rivalKeys.some((r) => r.organisationId !== t.organisationId && r.keys.some((k) => won.has(k.key)))) contended.add(t.claimId);
  }
  return contended;
}

/** One association per key of each uncontended claim, and its ASSOCIATION_STARTED entry, with multi-row inserts. */
async function startAssociations(trx: Kysely<Database>, { targets, at }: { targets: ClaimKeys[]; at: Date }): Promise<void> {
  const pairs = targets.flatMap((t) => t.keys.map((k) => ({ t, k })));
  if (!pairs.length) return;
  const inserted = await trx
    .insertInto('associations')
    .values(
      pairs.map(({ t, k }) => ({
        claim_id: t.claimId,
        claim_line_id: k.lineId,
        organisation_id: t.organisationId,
        location_id: t.locationId,
        program_code: k.program.code,
        exclusivity_unit: k.program.exclusivityUnit,
        tenant_id: t.tenantId,
        product_code: k.productCode,
        subscription_id: k.program.exclusivityUnit === 'SUBSCRIPTION' ? k.subscriptionId : null,
        exclusivity_key: k.key,
        started_at: at,
      })),
    )
    .returning(['id', 'exclusivity_key'])
    .execute();
  const idByKey = new Map(inserted.map((r) => [r.exclusivity_key, r.id]));
  await recordClaimEvents(trx, {
    by: { type: 'SYSTEM' },
    at,
    rows: pairs.map(({ t, k }) => ({ claimId: t.claimId, event: { type: 'ASSOCIATION_STARTED', associationId: idByKey.get(k.key)!, program: k.program.code, key: describeKey(k) } })),
  });
}
