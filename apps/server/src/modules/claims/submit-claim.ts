import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { validateSubmittedClaimJob } from '../../jobs/validate-submitted-claim.job';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { loadClaimInput } from './claim-input';
import { isOwningAdmin } from './claim-policies';
import { deadlines, loadDeadlineBasis } from './claim-deadlines';
import { loadClaimRules } from './claim-rules';
import { getClaimForActor } from './find-claim-for-actor';
import { saveClaimLines } from './save-claim-lines';
import { transitionClaim } from './transition-claim';
import { validateClaim } from './validate-claim';

/**
 * Submits a draft: every check again, then DRAFT -> UNDER_REVIEW with the picked subscriptions
 * stored. With problems: 422 listing all of them. A second submit gets 409 STATUS_CONFLICT.
 */
export async function submitClaim({ db, clock, actor, claimId }: { db: Db; clock: Clock; actor: Actor; claimId: string }): Promise<void> {
  const rules = await loadClaimRules(db);
  await db.transaction().execute(async (trx) => {
    // The row lock makes a concurrent second submit wait, then see the claim already submitted.
    const claim = await getClaimForActor(trx, actor, claimId, { forUpdate: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator submits claims.');
    assertPartnerActive(actor);
    if (claim.status !== 'DRAFT') throw new AppError(409, 'STATUS_CONFLICT', 'The claim was already submitted.');
    const input = await loadClaimInput(trx, claimId);
    // Serialise submits of one organisation for one tenant, so two drafts on one key can't both pass.
    await sql`select pg_advisory_xact_lock(hashtext(${`${actor.organisationId}:${input.customer?.tenantId ?? ''}`}))`.execute(trx);
    const documents = await trx.selectFrom('claim_documents').select((eb) => eb.fn.countAll<number>().as('n')).where('claim_id', '=', claimId).executeTakeFirstOrThrow();
    const result = await validateClaim({ db: trx, rules, actor, input, claimId, documentCount: documents.n });
    if (!result.valid) {
      throw new AppError(422, 'CLAIM_INVALID', `The claim has ${result.problems.length} problem(s) to fix before it can be submitted.`, result.problems);
    }
    const now = clock.now();
    await saveClaimLines(trx, claimId, result.lines);
    await trx.updateTable('claims').set({ programs: result.programs, tenant_id: result.tenantId }).where('id', '=', claimId).execute();
    const basis = await loadDeadlineBasis(trx, claimId);
    await transitionClaim(trx, {
      claimId,
      from: 'DRAFT',
      to: 'UNDER_REVIEW',
      by: { type: 'USER', actor },
      at: now,
      set: { submitted_at: now, review_due_at: deadlines.review(now, basis) },
      followUps: [{ job: validateSubmittedClaimJob, payload: { claimId } }],
    });
  });
}
