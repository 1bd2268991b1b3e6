import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Mailer } from '../../lib/mailer';
import { recordClaimEvent } from '../claims/record-claim-event';
import { fillEmailLinksBatch } from './email-links';
import { sendEmail } from './send-email';

/** Delivered messages are recorded in groups of at most this many (a crash re-sends at most these and those in flight). */
const MARK_GROUP = 10;

/**
 * The batch variant of sendEmail, for send jobs carrying many messages: their personal links are
 * made in one transaction (committed before anything leaves), the messages go out over the pooled
 * SMTP connections at once, and each delivered one is marked SENT with its history entry within
 * moments of the relay's answer. A message already delivered is never sent again; failures are
 * recorded per message and the job is retried (it then sends only what is still queued).
 */
export async function sendEmails({ db, clock, mailer, emailIds, isLastAttempt, baseUrl }: { db: Db; clock: Clock; mailer: Mailer; emailIds: string[]; isLastAttempt: boolean; baseUrl: string }): Promise<void> {
  if (!mailer) {
    for (const emailId of emailIds) await sendEmail({ db, clock, mailer, emailId, isLastAttempt, baseUrl });
    return;
  }
  const emails = await db.selectFrom('outbound_emails').selectAll().where('id', 'in', emailIds).where('state', '=', 'QUEUED').orderBy('id').execute();
  if (!emails.length) return;
  const texts = await db.transaction().execute((trx) => fillEmailLinksBatch(trx, { emails, now: clock.now(), baseUrl }));
  const dead = emails.filter((e) => texts.get(e.id) === null).map((e) => e.id);
  if (dead.length) {
    await db
      .updateTable('outbound_emails')
      .set({ state: 'FAILED', last_error: 'Not sent: the link it carries was used, revoked, has expired or was replaced by a newer message.' })
      .where('id', 'in', dead)
      .where('state', '=', 'QUEUED')
      .execute();
  }
  const queue = emails.filter((e) => texts.get(e.id) != null);
  let pending: string[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const ids = pending;
    pending = [];
    flushing = flushing.then(() => markSent(db, ids, clock.now()));
    return flushing;
  };
  const errors: Error[] = [];
  const worker = async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const email = e;
      try {
        await mailer.send({ to: email.to_address, subject: email.subject, text: texts.get(email.id)!, messageId: `<${email.id}@associa>` });
      } catch (err) {
        errors.push(err as Error);
        await recordFailure(db, clock, email, (err as Error).message.slice(0, 1000), isLastAttempt);
        continue;
      }
      pending.push(email.id);
      if (pending.length >= MARK_GROUP) await flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(mailer.concurrency, queue.length) }, worker));
  await flush();
  if (errors.length) throw errors[0];
}

/** Delivered: SENT, and an EMAIL_SENT entry for each message about a claim (in claim order, as every bulk writer of history). */
async function markSent(db: Db, ids: string[], at: Date): Promise<void> {
  if (!ids.length) return;
  await sql`
    with sent as (
      update outbound_emails set state = 'SENT', sent_at = ${at}, attempts = attempts + 1, last_error = null
      where id = any(${ids}::uuid[]) and state = 'QUEUED'
      returning id, claim_id, template, to_address, subject)
    insert into claim_events (claim_id, occurred_at, actor_type, actor_user_id, actor_name, type, data)
    select claim_id, ${at}, 'SYSTEM', null, 'Associa', 'EMAIL_SENT',
           jsonb_build_object('type', 'EMAIL_SENT', 'emailId', id, 'template', template, 'to', to_address, 'subject', subject, 'delivery', 'SENT')
    from sent where claim_id is not null order by claim_id, id`.execute(db);
}

/** One message the relay refused or could not take: counted, and FAILED (with a history entry) on the last attempt. */
async function recordFailure(db: Db, clock: Clock, email: { id: string; claim_id: string | null; template: string; to_address: string; subject: string }, message: string, isLastAttempt: boolean) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('outbound_emails').set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message, state: isLastAttempt ? 'FAILED' : 'QUEUED' })).where('id', '=', email.id).execute();
    if (isLastAttempt && email.claim_id) {
      await recordClaimEvent(trx, { claimId: email.claim_id, by: { type: 'SYSTEM' }, at: clock.now(), event: { type: 'EMAIL_SENT', emailId: email.id, template: email.template, to: email.to_address, subject: email.subject, delivery: 'FAILED' } });
    }
  });
}
