import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/client';
import { expireInformationRequests } from '../modules/review/expire-information-requests';
import { endExpiredSubscriptionJob } from './end-expired-subscription.job';
import { enqueueJob } from './enqueue-job';
import { flagReviewLateJob } from './flag-review-late.job';
import { defineJob, type JobDefinition } from './job';
import { JOB_PAYLOADS } from './job-names';
import { noticeExpiringSubscriptionJob } from './notice-expiring-subscription.job';
import { remindCustomerJob } from './remind-customer.job';

/** How many due items of one kind one sweep fans out; the next sweep takes the rest. */
export const SWEEP_BATCH = 1000;
/** Information requests one sweep expires (in batches); the next sweep takes the rest. */
export const SWEEP_MAX_EXPIRIES = 50_000;
/**
 * Expiry batches run side by side: each lane locks its batch with SKIP LOCKED, so lanes never take
 * the same claim, and the database works on two batches at once instead of waiting on one.
 */
export const SWEEP_EXPIRY_LANES = 2;

/**
 * Periodic: finds what is due. Expired information requests are rejected here in batches, and
 * closed consent windows are handed to one batch closing job; review targets missed, reminders and
 * subscriptions ending get one keyed job per item (the key keeps an item from being queued twice
 * while its job waits; every job re-checks before acting).
 */
export const sweepDeadlinesJob = defineJob({
  name: 'sweep-deadlines',
  payload: JOB_PAYLOADS['sweep-deadlines'],
  handler: async (_payload, { db, clock, logger }) => {
    const now = clock.now();
    const today = now.toISOString().slice(0, 10);
    const claimIds = (rows: { id: string }[]) => rows.map((r) => ({ claimId: r.id }));
    const associationIds = (rows: { id: string }[]) => rows.map((r) => ({ associationId: r.id }));
    const lanes = await Promise.all(Array.from({ length: SWEEP_EXPIRY_LANES }, () => expireInformationRequests({ db, clock, max: Math.ceil(SWEEP_MAX_EXPIRIES / SWEEP_EXPIRY_LANES) })));
    const expired = lanes.reduce((a, b) => a + b, 0);
    const [late, reminders, ended, notices] = await Promise.all([
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
      expired,
      late: await enqueueAll(db, flagReviewLateJob, 'review-late', claimIds(late)),
      reminders: await enqueueAll(db, remindCustomerJob, 'consent-remind', claimIds(reminders)),
      subscriptionsEnded: await enqueueAll(db, endExpiredSubscriptionJob, 'subscription-ended', associationIds(ended)),
      expiryNotices: await enqueueAll(db, noticeExpiringSubscriptionJob, 'subscription-notice', associationIds(notices)),
      consentClosing: await startClosings(db, now),
    };
    if (Object.values(counts).some(Boolean)) logger.info(counts, 'deadline sweep fanned out');
  },
});

/** Windows closed by now (their timers are late or lost): one keyed batch closing job takes them all. */
async function startClosings(db: Db, now: Date): Promise<boolean> {
  const due = await db.selectFrom('claims').select('id').where('status', '=', 'CUSTOMER_CONSENT').where('consent_closes_at', '<=', now).limit(1).executeTakeFirst();
  if (!due) return false;
  await db.transaction().execute((trx) => enqueueJob(trx, 'close-due-consent-windows', {}, { jobKey: 'consent-close-due' }));
  return true;
}

/** One keyed job per item, all in one transaction. */
async function enqueueAll<P extends { claimId: string } | { associationId: string }>(db: Db, job: JobDefinition<z.ZodType<P>>, keyPrefix: string, payloads: P[]): Promise<number> {
  if (!payloads.length) return 0;
  await db.transaction().execute(async (trx) => {
    for (const p of payloads) await enqueueJob(trx, job, p, { jobKey: `${keyPrefix}:${'claimId' in p ? p.claimId : p.associationId}` });
  });
  return payloads.length;
}
