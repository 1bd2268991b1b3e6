import { OPEN_CLAIM_STATUSES, type ClaimStatus } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { recordClaimEvent, type EventActor } from '../claims/record-claim-event';
import { transitionClaim } from '../claims/transition-claim';
import { describeKey } from './association-keys';
import { endAssociations } from './end-associations';
import { loadClaimKeys, lockKeys } from './load-claim-keys';
import { rejectLostConflict } from './reject-lost-conflict';

/** What an activation attempt came to. */
export type ActivationOutcome = 'ACTIVATED' | 'LOST_CONFLICT' | 'NOT_IN_CONSENT';

/**
 * CUSTOMER_CONSENT -> ACTIVE, in the caller's transaction: one association per key the claim
 * targets. Another partner's hold on a key is ended as SUPERSEDED (REVIEWER_DECIDES), or makes this
 * claim lose (FIRST_VALID_WINS); under FIRST_VALID_WINS the other partners' open claims on the won
 * keys are rejected LOST_CONFLICT. Per-key locks make concurrent activations take turns.
 */
export async function activateClaim(
  trx: Kysely<Database>,
  { claimId, by, at, how, closedBy }: { claimId: string; by: EventActor; at: Date; how: 'CONFIRMED' | 'ACTIVATED_BY_SILENCE'; closedBy?: Date },
): Promise<ActivationOutcome> {
  const [target] = await loadClaimKeys(trx, [claimId]);
  if (!target) return 'NOT_IN_CONSENT';
  await lockKeys(trx, target.keys.map((k) => k.key));
  const claim = await trx.selectFrom('claims').select(['status', 'consent_closes_at']).where('id', '=', claimId).where('deleted_at', 'is', null).forUpdate().executeTakeFirst();
  if (claim?.status !== 'CUSTOMER_CONSENT') return 'NOT_IN_CONSENT';
  // Activation by silence only once the window has really closed (it may have been reopened meanwhile).
  if (closedBy && (!claim.consent_closes_at || claim.consent_closes_at > closedBy)) return 'NOT_IN_CONSENT';

  const keyNames = target.keys.map((k) => k.key);
  const holders = keyNames.length
    ? await trx.selectFrom('associations').select(['id', 'exclusivity_key', 'organisation_id']).where('exclusivity_key', 'in', keyNames).where('status', '=', 'ACTIVE').execute()
    : [];
  const firstWins = new Set(target.keys.filter((k) => k.program.conflictRule === 'FIRST_VALID_WINS').map((k) => k.key));
  const heldFirst = holders.find((h) => firstWins.has(h.exclusivity_key) && h.organisation_id !== target.organisationId);
  if (heldFirst) {
    const key = target.keys.find((k) => k.key === heldFirst.exclusivity_key)!;
    await rejectLostConflict(trx, { claimId, from: 'CUSTOMER_CONSENT', at, message: `Another partner's earlier claim already holds ${describeKey(key)}.` });
    return 'LOST_CONFLICT';
  }

  // The challenger wins: the old holders end in this same transaction.
  await endAssociations(trx, { associationIds: holders.map((h) => h.id), reason: 'SUPERSEDED', message: "Another partner's claim on this key was approved and activated.", by: { type: 'SYSTEM' }, at });
  for (const k of target.keys) {
    const row = await trx
      .insertInto('associations')
      .values({
        claim_id: claimId,
        claim_line_id: k.lineId,
        organisation_id: target.organisationId,
        location_id: target.locationId,
        program_code: k.program.code,
        exclusivity_unit: k.program.exclusivityUnit,
        tenant_id: target.tenantId,
        product_code: k.productCode,
        subscription_id: k.program.exclusivityUnit === 'SUBSCRIPTION' ? k.subscriptionId : null,
        exclusivity_key: k.key,
        started_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const old = holders.filter((h) => h.exclusivity_key === k.key);
    if (old.length) await trx.updateTable('associations').set({ superseded_by: row.id }).where('id', 'in', old.map((h) => h.id)).execute();
    await recordClaimEvent(trx, { claimId, by, at, event: { type: 'ASSOCIATION_STARTED', associationId: row.id, program: k.program.code, key: describeKey(k) } });
  }
  const superseded = holders.length ? ` It replaces another partner's association on ${holders.length} key(s).` : '';
  await transitionClaim(trx, {
    claimId,
    from: 'CUSTOMER_CONSENT',
    to: 'ACTIVE',
    by,
    at,
    message: (how === 'CONFIRMED' ? 'The customer confirmed the association.' : 'The consent window closed without an opt-out.') + superseded,
    set: { consent_outcome: how },
  });
  if (firstWins.size) await rejectFirstWinsLosers(trx, { winner: target.organisationId, tenantId: target.tenantId, keys: firstWins, at });
  return 'ACTIVATED';
}

/** Other partners' open claims on keys just won under FIRST_VALID_WINS: each rejected LOST_CONFLICT. */
async function rejectFirstWinsLosers(trx: Kysely<Database>, { winner, tenantId, keys, at }: { winner: string; tenantId: string; keys: Set<string>; at: Date }) {
  const candidates = await trx
    .selectFrom('claims')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('organisation_id', '!=', winner)
    .where('status', 'in', [...OPEN_CLAIM_STATUSES])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const losers = (await loadClaimKeys(trx, candidates.map((c) => c.id))).filter((c) => c.keys.some((k) => keys.has(k.key)));
  for (const loser of losers.sort((a, b) => (a.claimId < b.claimId ? -1 : 1))) {
    const row = await trx.selectFrom('claims').select('status').where('id', '=', loser.claimId).forUpdate().executeTakeFirstOrThrow();
    if (!(OPEN_CLAIM_STATUSES as readonly string[]).includes(row.status)) continue;
    const key = loser.keys.find((k) => keys.has(k.key))!;
    await rejectLostConflict(trx, { claimId: loser.claimId, from: row.status as ClaimStatus, at, message: `An earlier valid claim by another partner won ${describeKey(key)}.` });
  }
}
