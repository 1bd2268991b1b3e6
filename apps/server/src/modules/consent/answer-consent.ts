import type { ConsentView } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { activateClaim } from '../associations/activate-claim';
import { endAssociations } from '../associations/end-associations';
import { transitionClaim } from '../claims/transition-claim';
import { alreadyAnswered, assertNotExpired, assertUnused, type CustomerLink, findCustomerLink, linkContactName } from './find-customer-link';
import { presentConsentView } from './get-consent-view';

/** What a customer may do through a link. */
export type ConsentAnswer = { action: 'CONFIRM' } | { action: 'OPT_OUT'; reason: string } | { action: 'REVOKE'; reason: string };

/**
 * The customer acts through a link: confirm (the association activates at once), opt out
 * (DECLINED), or, from the activation e-mail's link, revoke an active association. A used, expired
 * or forged link changes nothing and says why.
 */
export async function answerConsent({ db, clock, token, answer }: { db: Db; clock: Clock; token: string; answer: ConsentAnswer }): Promise<ConsentView> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const link = await findCustomerLink(trx, token, { forUpdate: true });
    assertNotExpired(link, now);
    assertUnused(link);
    const by = { type: 'CUSTOMER' as const, name: (await linkContactName(trx, link)) ?? link.contact_email };
    if (answer.action === 'REVOKE') {
      if (link.purpose !== 'REVOKE') throw alreadyAnswered();
      const active = await trx.selectFrom('associations').select('id').where('claim_id', '=', link.claim_id).where('status', '=', 'ACTIVE').execute();
      if (!active.length) throw alreadyAnswered();
      await endAssociations(trx, { associationIds: active.map((a) => a.id), reason: 'CUSTOMER_REVOKED', message: answer.reason, by, at: now });
    } else {
      if (link.purpose !== 'CONSENT' || link.status !== 'CUSTOMER_CONSENT') throw alreadyAnswered();
      if (answer.action === 'CONFIRM') {
        const outcome = await activateClaim(trx, { claimId: link.claim_id, by, at: now, how: 'CONFIRMED' });
        if (outcome === 'NOT_IN_CONSENT') throw alreadyAnswered();
      } else {
        await optOut(trx, link, answer.reason, now, by);
      }
    }
    const action = answer.action === 'CONFIRM' ? 'CONFIRMED' : answer.action === 'OPT_OUT' ? 'OPTED_OUT' : 'REVOKED';
    await trx.updateTable('customer_links').set({ used_at: now, used_action: action }).where('id', '=', link.id).execute();
    return presentConsentView(trx, { ...(await findCustomerLink(trx, token)), used_action: action });
  });
}

async function optOut(trx: Kysely<Database>, link: CustomerLink, reason: string, at: Date, by: { type: 'CUSTOMER'; name: string }) {
  const claim = await trx.selectFrom('claims').select('status').where('id', '=', link.claim_id).forUpdate().executeTakeFirstOrThrow();
  if (claim.status !== 'CUSTOMER_CONSENT') throw alreadyAnswered();
  await transitionClaim(trx, { claimId: link.claim_id, from: 'CUSTOMER_CONSENT', to: 'DECLINED', by, at, reason: 'CUSTOMER_DECLINED', message: reason, set: { consent_outcome: 'OPTED_OUT' } });
}
