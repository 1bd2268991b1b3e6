import type { Db } from '../../db/client';
import { validateSubmittedClaimJob } from '../../jobs/validate-submitted-claim.job';
import type { Clock } from '../../lib/clock';
import { AppError, forbidden } from '../../lib/errors';
import { assertPartnerActive } from '../partners/partner-policies';
import type { Actor } from '../users/actor';
import { getClaimFieldsForActor } from './claim-input';
import { isOwningAdmin } from './claim-policies';
import { deadlines } from './claim-deadlines';
import { loadClaimRules } from './claim-rules';
import { storeResolvedLines } from './save-claim-lines';
import { transitionClaim } from './transition-claim';
import { validateStoredClaim } from './validate-stored-claim';

/**
 * Submits a draft: every check again, then DRAFT -> UNDER_REVIEW with the picked subscriptions
 * stored. With problems: 422 listing all of them. A second submit gets 409 STATUS_CONFLICT.
 */
export async function submitClaim({ db, clock, actor, claimId }: { db: Db; clock: Clock; actor: Actor; claimId: string }): Promise<void> {
  const rules = await loadClaimRules(db);
  await db.transaction().execute(async (trx) => {
    // The row lock makes a concurrent second submit wait, then see the claim already submitted; the
    // advisory lock taken with it serialises submits of one organisation for one tenant, so two
    // drafts on one key can't both pass.
    const { claim, fields } = await getClaimFieldsForActor(trx, actor, claimId, { forSubmit: true });
    if (!isOwningAdmin(actor, claim)) throw forbidden('Only an incentives administrator submits claims.');
    assertPartnerActive(actor);
    if (claim.status !== 'DRAFT') throw new AppError(409, 'STATUS_CONFLICT', 'The claim was already submitted.');
    // A statement of its own after the locks: its snapshot sees every submit that finished first.
    const result = await validateStoredClaim({ db: trx, rules, actor, claimId, fields, withDeadlines: true });
    if (!result.valid) {
      throw new AppError(422, 'CLAIM_INVALID', `The claim has ${result.problems.length} problem(s) to fix before it can be submitted.`, result.problems);
    }
    if (!result.deadlineBasis) throw new Error(`Claim ${claimId} passed its checks without a directory tenant.`);
    const now = clock.now();
    await storeResolvedLines(trx, claimId, result.storedLines, result.lines);
    await transitionClaim(trx, {
      claimId,
      from: 'DRAFT',
      to: 'UNDER_REVIEW',
      by: { type: 'USER', actor },
      at: now,
      set: { programs: result.programs, tenant_id: result.tenantId, submitted_at: now, review_due_at: deadlines.review(now, result.deadlineBasis) },
      followUps: [{ job: validateSubmittedClaimJob, payload: { claimId } }],
    });
  });
}
