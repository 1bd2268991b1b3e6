import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { claimFieldsFrom } from './claim-input';
import { loadClaimRules } from './claim-rules';
import { conflictCandidatesOf, conflictsFrom } from './find-conflicting-claims';
import { recordClaimEvent } from './record-claim-event';
import { validateStoredClaim } from './validate-stored-claim';

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
      .selectAll('c')
      .select(['o.name as orgName', 'o.status as orgStatus'])
      .where('c.id', '=', claimId)
      .forUpdate()
      .executeTakeFirst();
    if (!claim || claim.status !== 'UNDER_REVIEW') return;
    // A statement of its own after the lock (a column of the locking one would be computed before it
    // waits): a retried job must not record the findings twice for one submission. It also reads what
    // the claim's conflicts are decided from.
    const seen = await trx
      .selectFrom('claims as c')
      .select(
        sql<number>`(select count(*)::int from claim_events f
          where f.claim_id = c.id and f.type = 'VALIDATION_FINDINGS'
            and f.id > (select max(s.id) from claim_events s where s.claim_id = c.id and s.type = 'STATUS_CHANGED' and s.data->>'to' = 'UNDER_REVIEW'))`.as('findings'),
      )
      .select(conflictCandidatesOf('c').as('candidates'))
      .where('c.id', '=', claimId)
      .executeTakeFirstOrThrow();
    if (seen.findings > 0) return;
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
    // Its stored lines, its documents and every fact in one statement.
    const result = await validateStoredClaim({ db: trx, rules, actor: asOwner, claimId, fields: claimFieldsFrom(claim) });
    // Another partner on the same key makes both claims contested; neither learns who the other is.
    const conflicts = conflictsFrom(seen.candidates);
    if (conflicts.length) await trx.updateTable('claims').set({ contested: true }).where('id', 'in', [claimId, ...conflicts.map((c) => c.claimId)]).execute();
    await recordClaimEvent(trx, {
      claimId,
      by: { type: 'SYSTEM' },
      at: clock.now(),
      event: { type: 'VALIDATION_FINDINGS', valid: result.valid, problems: result.problems, contested: conflicts.length > 0 },
    });
  });
}
