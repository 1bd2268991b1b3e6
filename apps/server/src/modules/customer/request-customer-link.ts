import { type SqlBool, sql } from 'kysely';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { customerLocale, renderCustomerPageLinkEmail } from '../consent/customer-email-templates';
import { queueEmail } from '../notifications/queue-email';
import { enqueueJob } from '../../jobs/enqueue-job';

/**
 * Someone asks for a customer page link for an address: when it is the customer (or technical)
 * contact on a claim that reached the customer (the vendor approved it), one message per such
 * tenant with a fresh 30-day link. Any other address gets nothing; the caller answers the same.
 */
export async function requestCustomerLink({ db, clock, config, input, requestedAt }: { db: Db; clock: Clock; config: Config; input: { email: string }; requestedAt?: Date }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const now = clock.now();
  // One message per request: a retried job finds the one it queued by the request's instant.
  const requestKey = (requestedAt ?? now).toISOString();
  await db.transaction().execute(async (trx) => {
    const tenants = await trx
      .selectFrom('claims as c')
      .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
      .select(['t.tenant_id', 't.name', 't.country'])
      .distinct()
      .where('c.deleted_at', 'is', null)
      .where('c.consent_closes_at', 'is not', null)
      .where(sql<SqlBool>`(lower(c.customer_contact->>'email') = ${email} or lower(c.customer_technical_contact->>'email') = ${email})`)
      .execute();
    for (const tenant of tenants) {
      const locale = customerLocale(tenant.country);
      const { subject, text } = renderCustomerPageLinkEmail(locale, { customerName: tenant.name });
      await queueEmail(trx, {
        config,
        at: now,
        email: {
          idempotencyKey: `customer-page:${tenant.tenant_id}:${email}:${requestKey}`,
          claimId: null,
          template: 'CUSTOMER_PAGE_LINK',
          to: email,
          locale,
          subject,
          text,
          link: { purpose: 'TENANT', expiresAt: null, ref: tenant.tenant_id },
        },
      });
    }
  });
}

/**
 * The request as the page makes it: queued, so the answer takes the same time whether or not the
 * address is a customer contact (the lookup and the e-mail happen in the worker).
 */
export async function askForCustomerLink({ db, clock, input }: { db: Db; clock: Clock; input: { email: string } }): Promise<void> {
  await db.transaction().execute((trx) => enqueueJob(trx, 'send-customer-link', { email: input.email.trim().toLowerCase().slice(0, 254), requestedAt: clock.now().toISOString() }));
}
