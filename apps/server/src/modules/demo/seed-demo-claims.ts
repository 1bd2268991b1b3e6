import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { playDemoClaimScenarios } from './demo-claim-scenarios';
import { demoClaimSteps, loadDemoCast } from './demo-claim-steps';

/**
 * Plays the demo's claims through the real use cases, after `seedDemoData`; runs once per database
 * (skipped when any claim exists). Returns whether it added anything. Jobs the use cases queue
 * (validation, e-mails, consent timers) are left to the worker, which finds most already done.
 */
export async function seedDemoClaims({ db, clock }: { db: Db; clock: Clock }): Promise<boolean> {
  // The use cases open their own transactions, so a session lock on one held connection serialises concurrent starts.
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(4242002)`.execute(conn);
    try {
      const existing = await conn.selectFrom('claims').select('id').limit(1).executeTakeFirst();
      if (existing) return false;
      await playDemoClaimScenarios(demoClaimSteps(db, clock.now()), await loadDemoCast(db));
      return true;
    } finally {
      await sql`select pg_advisory_unlock(4242002)`.execute(conn);
    }
  });
}
