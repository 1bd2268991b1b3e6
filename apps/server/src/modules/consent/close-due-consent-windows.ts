import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { activateClaims, type BatchActivation } from '../associations/activate-claims';

/** Claims one closing transaction activates. */
export const CLOSING_BATCH = 500;
/** How many lanes (parallel jobs, each its own share of the claims) drain a large closing. */
export const CLOSING_LANES = 3;

/**
 * Every consent window due by now, in batches of CLOSING_BATCH per transaction, for one lane of
 * `lanes` (claims are split by a hash of their id, so lanes never pick the same claim). A lane is
 * drained by one job at a time: a second job for it finds the lane's lock taken and leaves.
 * A crash loses at most the batch in flight, which the next run takes again.
 */
export async function closeDueConsentWindows({
  db,
  clock,
  lane: firstLane = 0,
  lanes: firstLanes = 1,
  spread,
}: {
  db: Db;
  clock: Clock;
  lane?: number;
  lanes?: number;
  /** For an unsplit run meeting a backlog larger than a batch: starts the other lanes, then drains lane 0 of `lanes`. */
  spread?: { lanes: number; start: () => Promise<void> };
}): Promise<BatchActivation & { batches: number }> {
  const total = { activated: 0, lostConflict: 0, skipped: 0, batches: 0 };
  let lane = firstLane;
  let lanes = firstLanes;
  for (;;) {
    const now = clock.now();
    const outcome = await db.transaction().execute(async (trx) => {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(8802, ${lanes * 100 + lane}::int) as ok`.execute(trx);
      if (!lock.rows[0]!.ok) return null;
      const due = await trx
        .selectFrom('claims')
        .select('id')
        .where('status', '=', 'CUSTOMER_CONSENT')
        .where('consent_closes_at', '<=', now)
        .where('deleted_at', 'is', null)
        .where('tenant_id', 'is not', null)
        .$if(lanes > 1, (q) => q.where(sql<boolean>`abs(hashtext(id::text)) % ${lanes}::int = ${lane}::int`))
        .orderBy('consent_closes_at')
        .orderBy('id')
        .limit(CLOSING_BATCH)
        .execute();
      if (!due.length) return { found: 0, result: { activated: 0, lostConflict: 0, skipped: 0 } };
      return { found: due.length, result: await activateClaims(trx, { claimIds: due.map((d) => d.id), at: now, closedBy: now }) };
    });
    if (!outcome || !outcome.found) return total;
    total.batches++;
    total.activated += outcome.result.activated;
    total.lostConflict += outcome.result.lostConflict;
    total.skipped += outcome.result.skipped;
    if (outcome.found < CLOSING_BATCH) return total;
    // Claims skipped under a concurrent closing would be picked again: stop rather than spin.
    if (outcome.result.activated + outcome.result.lostConflict === 0) return total;
    if (spread && lanes === 1 && spread.lanes > 1) {
      await spread.start();
      lanes = spread.lanes;
      lane = 0;
    }
  }
}
