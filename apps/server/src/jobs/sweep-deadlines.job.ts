import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/client';
import { closeConsentWindowJob } from './close-consent-window.job';
import { endExpiredSubscriptionJob } from './end-expired-subscription.job';
import { enqueueJob } from './enqueue-job';
import { expireInformationRequestJob } from './expire-information-request.job';
import { flagReviewLateJob } from './flag-review-late.job';
import { defineJob, type JobDefinition } from './job';
import { noticeExpiringSubscriptionJob } from './notice-expiring-subscription.job';
import { remindCustomerJob } from './remind-customer.job';

/** How many due items of one kind one sweep fans out (per page for consent closings); the next sweep takes the rest. */
export const SWEEP_BATCH = 1000;
/** Consent windows closing at one instant are fanned out by one sweep, page after page, up to this many. */
export const SWEEP_MAX_CLOSINGS = 50_000;

/**
 * Periodic: finds what is due (response deadlines passed, review targets missed, consent windows
 * closing or near their end, subscriptions ending) and enqueues one job per item. The job key
 * keeps an item from being queued twice while its job waits; every job re-checks before acting.
 */
export const sweepDeadlinesJob = defineJob({
  name: 'sweep-deadlines',
  payload: z.looseObject({}),
  handler: async (_payload, { db, clock, logger }) => {
    const now = clock.now();
    const today = now.toISOString().slice(0, 10);
    const claimIds = (rows: { id: string }[]) => rows.map((r) => ({ claimId: r.id }));
    const associationIds = (rows: { id: string }[]) => rows.map((r) => ({ associationId: r.id }));
    const [expired, late, reminders, ended, notices] = await Promise.all([
      db.selectFrom('claims').select('id').where('status', '=', 'ACTION_REQUIRED').where('response_due_at', '<=', now).orderBy('response_due_at').limit(SWEEP_BATCH).execute(),
      db.selectFrom('claims').select('id').where('status', 'in', ['UNDER_REVIEW', 'DISPUTED']).where('review_due_at', '<=', now).where('review_late_at', 'is', null).orderBy('review_due_at').limit(SWEEP_BATCH).execute(),
      db
        .selectFrom('claims')
        .select('id')
        .where('status', '=', 'CUSTOMER_CONSENT')
        .where('consent_reminded_at', 'is', null)
        .where('consent_reminder_at', '<=', now)
        .where('consent_closes_at', '>', now)
        .orderBy('consent_reminder_at')
        .limit(SWEEP_BATCH)
        .execute(),
      db
        .selectFrom('associations as a')
        .innerJoin('subscriptions as s', 's.id', 'a.subscription_id')
        .select('a.id')
        .where('a.status', '=', 'ACTIVE')
        .where((eb) => eb.or([eb('s.state', '=', 'EXPIRED'), eb('s.end_date', '<', today)]))
        .limit(SWEEP_BATCH)
        .execute(),
      db
        .selectFrom('associations as a')
        .innerJoin('subscriptions as s', 's.id', 'a.subscription_id')
        .innerJoin('programs as p', 'p.code', 'a.program_code')
        .select('a.id')
        .where('a.status', '=', 'ACTIVE')
        .where('a.expiry_notice_at', 'is', null)
        .where('s.end_date', '>=', today)
        .where(sql<SqlBool>`s.end_date - coalesce(p.expiry_notice_days, 30) <= ${today}::date`)
        .limit(SWEEP_BATCH)
        .execute(),
    ]);
    const counts = {
      expired: await enqueueAll(db, expireInformationRequestJob, 'expire-info', claimIds(expired)),
      late: await enqueueAll(db, flagReviewLateJob, 'review-late', claimIds(late)),
      reminders: await enqueueAll(db, remindCustomerJob, 'consent-remind', claimIds(reminders)),
      subscriptionsEnded: await enqueueAll(db, endExpiredSubscriptionJob, 'subscription-ended', associationIds(ended)),
      expiryNotices: await enqueueAll(db, noticeExpiringSubscriptionJob, 'subscription-notice', associationIds(notices)),
      consentClosed: await fanOutClosings(db, now),
    };
    if (Object.values(counts).some(Boolean)) logger.info(counts, 'deadline sweep fanned out');
  },
});

/** Many windows may close at one instant (approvals in bulk): all of them are fanned out now, page by page. */
async function fanOutClosings(db: Db, now: Date): Promise<number> {
  let total = 0;
  let after: { at: Date; id: string } | null = null;
  while (total < SWEEP_MAX_CLOSINGS) {
    let q = db.selectFrom('claims').select(['id', 'consent_closes_at']).where('status', '=', 'CUSTOMER_CONSENT').where('consent_closes_at', '<=', now);
    if (after) q = q.where(sql<SqlBool>`(consent_closes_at, id) > (${after.at}, ${after.id}::uuid)`);
    const rows = await q.orderBy('consent_closes_at').orderBy('id').limit(SWEEP_BATCH).execute();
    total += await enqueueAll(db, closeConsentWindowJob, 'consent-close', rows.map((r) => ({ claimId: r.id })));
    if (rows.length < SWEEP_BATCH) break;
    const last = rows.at(-1)!;
    after = { at: last.consent_closes_at!, id: last.id };
  }
  return total;
}

/** One keyed job per item, all in one transaction. */
async function enqueueAll<P extends { claimId: string } | { associationId: string }>(db: Db, job: JobDefinition<z.ZodType<P>>, keyPrefix: string, payloads: P[]): Promise<number> {
  if (!payloads.length) return 0;
  await db.transaction().execute(async (trx) => {
    for (const p of payloads) await enqueueJob(trx, job, p, { jobKey: `${keyPrefix}:${'claimId' in p ? p.claimId : p.associationId}` });
  });
  return payloads.length;
}
