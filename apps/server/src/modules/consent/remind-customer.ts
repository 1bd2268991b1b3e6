import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { queueCustomerEmails } from './queue-customer-emails';

/** Two business days before the window closes, a customer who has not answered is reminded, once per window. */
export async function remindCustomer({ db, clock, config, claimId }: { db: Db; clock: Clock; config: Config; claimId: string }): Promise<boolean> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .select(['status', 'consent_closes_at', 'consent_reminder_at', 'consent_reminded_at'])
      .where('id', '=', claimId)
      .forUpdate()
      .executeTakeFirst();
    if (claim?.status !== 'CUSTOMER_CONSENT' || claim.consent_reminded_at || !claim.consent_reminder_at || claim.consent_reminder_at > now) return false;
    if (!claim.consent_closes_at || claim.consent_closes_at <= now) return false;
    await trx.updateTable('claims').set({ consent_reminded_at: now }).where('id', '=', claimId).execute();
    await queueCustomerEmails(trx, { config, claimId, template: 'CONSENT_REMINDER', key: claim.consent_closes_at.toISOString(), at: now });
    return true;
  });
}
