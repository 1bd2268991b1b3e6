import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { activateClaims, type BatchActivation } from '../associations/activate-claims';

/** Claims one closing transaction activates. */
export const CLOSING_BATCH = 500;
/** How many lanes (parallel jobs, each its own share of the claims) drain a large closing. */
export const CLOSING_LANES = 3;
/**
 * Due claims one look-up reads for a lane (then closed CLOSING_BATCH per transaction). Finding the
 * due claims in deadline order reads and sorts all of them (many close at the same instant, so no
 * index gives that order): a look-up per batch made a closing of n windows cost n^2.
 */
export const CLOSING_LOOKUP = 20 * CLOSING_BATCH;

/**
 * Every consent window due by now, in batches of CLOSING_BATCH per transaction, for one lane of
 * `lanes` (claims are split by a hash of their id, so lanes never pick the same claim). A lane is
 * drained by one job at a time: a second job for it finds the lane's lock taken and leaves.
 * A crash loses at most the batch in flight, which the next run takes again. Claims found due are
 * re-checked under their locks when their batch closes (one answered meanwhile is skipped).
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
  // Due claims of this lane found by the last look-up and not yet closed, whether it found them all, and what they came to.
  let found: string[] = [];
  let complete = false;
  let progress = 0;
  for (;;) {
    const now = clock.now();
    const outcome = await db.transaction().execute(async (trx) => {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(8802, ${lanes * 100 + lane}::int) as ok`.execute(trx);
      if (!lock.rows[0]!.ok) return null;
      if (!found.length) {
        const limit = lanes === 1 && spread ? CLOSING_BATCH : CLOSING_LOOKUP;
        found = (
          await trx
            .selectFrom('claims')
            .select('id')
            .where('status', '=', 'CUSTOMER_CONSENT')
            .where('consent_closes_at', '<=', now)
            .where('deleted_at', 'is', null)
            .where('tenant_id', 'is not', null)
            .$if(lanes > 1, (q) => q.where(sql<boolean>`abs(hashtext(id::text)) % ${lanes}::int = ${lane}::int`))
            .orderBy('consent_closes_at')
            .orderBy('id')
            .limit(limit)
            .execute()
        ).map((d) => d.id);
        complete = found.length < limit;
        progress = 0;
      }
      const batch = found.splice(0, CLOSING_BATCH);
      if (!batch.length) return { batch: 0, result: { activated: 0, lostConflict: 0, skipped: 0 } };
      return { batch: batch.length, result: await activateClaims(trx, { claimIds: batch, at: now, closedBy: now }) };
    });
    if (!outcome || !outcome.batch) return total;
    total.batches++;
    total.activated += outcome.result.activated;
    total.lostConflict += outcome.result.lostConflict;
    total.skipped += outcome.result.skipped;
    progress += outcome.result.activated + outcome.result.lostConflict;
    if (found.length) continue;
    if (complete) return total;
    // Claims skipped under a concurrent closing would be found again: stop rather than spin.
    if (progress === 0) return total;
    if (spread && lanes === 1 && spread.lanes > 1) {
      await spread.start();
      lanes = spread.lanes;
      lane = 0;
    }
  }
}
