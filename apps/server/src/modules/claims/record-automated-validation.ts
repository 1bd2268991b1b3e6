import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { loadClaimInput } from './claim-input';
import { loadClaimRules } from './claim-rules';
import { findConflictingClaims } from './find-conflicting-claims';
import { recordClaimEvent } from './record-claim-event';
import { validateClaim } from './validate-claim';

/**
 * After submit: runs the entry checks again against the directory as it is now and records the
 * findings for partner and reviewer. Does nothing if the claim moved on or was already checked.
 */
export async function recordAutomatedValidation({ db, clock, claimId }: { db: Db; clock: Clock; claimId: string }): Promise<void> {
  const rules = await loadClaimRules(db);
  await db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims as c')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .select(['c.id', 'c.status', 'c.organisation_id', 'o.name as orgName', 'o.status as orgStatus'])
      .where('c.id', '=', claimId)
      .forUpdate()
      .executeTakeFirst();
    if (!claim || claim.status !== 'UNDER_REVIEW') return;
    // A retried job must not record the findings twice for one submission.
    const already = await sql<{ n: number }>`
      select count(*)::int as n from claim_events f
      where f.claim_id = ${claimId} and f.type = 'VALIDATION_FINDINGS'
        and f.id > (select max(s.id) from claim_events s where s.claim_id = ${claimId}
                    and s.type = 'STATUS_CHANGED' and s.data->>'to' = 'UNDER_REVIEW')`.execute(trx);
    if (already.rows[0]!.n > 0) return;
    // The checks run as the owning organisation would see them.
    const asOwner: Actor = {
      userId: '00000000-0000-0000-0000-000000000000',
      email: 'system@associa',
      name: 'Associa',
      role: 'PARTNER_ADMIN',
      locale: 'en',
      organisationId: claim.organisation_id,
      organisationName: claim.orgName,
      organisationKind: 'PARTNER',
      organisationStatus: claim.orgStatus,
      via: 'token',
      csrfToken: null,
    };
    const documents = await trx.selectFrom('claim_documents').select((eb) => eb.fn.countAll<number>().as('n')).where('claim_id', '=', claimId).executeTakeFirstOrThrow();
    const result = await validateClaim({ db: trx, rules, actor: asOwner, input: await loadClaimInput(trx, claimId), claimId, documentCount: documents.n });
    // Another partner on the same key makes both claims contested; neither learns who the other is.
    const conflicts = await findConflictingClaims(trx, claimId);
    if (conflicts.length) await trx.updateTable('claims').set({ contested: true }).where('id', 'in', [claimId, ...conflicts.map((c) => c.claimId)]).execute();
    await recordClaimEvent(trx, {
      claimId,
      by: { type: 'SYSTEM' },
      at: clock.now(),
      event: { type: 'VALIDATION_FINDINGS', valid: result.valid, problems: result.problems, contested: conflicts.length > 0 },
    });
  });
}
