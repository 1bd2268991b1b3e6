import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Mailer } from '../../lib/mailer';
import type { Selectable } from 'kysely';
import type { OutboundEmailsTable } from '../../db/schema';
import { recordClaimEvent } from '../claims/record-claim-event';
import { fillEmailLinks } from './email-links';

/**
 * Delivers one queued message through SMTP (or into the outbox without a relay) and records it in
 * the claim's history when it is about a claim. A message already delivered is never sent again; a
 * failure is retried by the queue and marked FAILED on the last attempt. An account message whose
 * link has nothing left to open (used, revoked, expired or replaced by a newer message) is not sent.
 */
export async function sendEmail({ db, clock, mailer, emailId, isLastAttempt, baseUrl }: { db: Db; clock: Clock; mailer: Mailer; emailId: string; isLastAttempt: boolean; baseUrl: string }): Promise<void> {
  const email = await db.selectFrom('outbound_emails').selectAll().where('id', '=', emailId).executeTakeFirst();
  if (!email || email.state !== 'QUEUED') return;
  let delivery: 'SENT' | 'OUTBOX' = 'OUTBOX';
  if (mailer) {
    try {
      const text = email.link_purpose ? await withFreshLink(db, clock, email, baseUrl) : email.body_text;
      if (text === null) {
        await db.updateTable('outbound_emails').set({ state: 'FAILED', last_error: 'Not sent: the link it carries was used, revoked, has expired or was replaced by a newer message.' }).where('id', '=', emailId).where('state', '=', 'QUEUED').execute();
        return;
      }
      await mailer.send({ to: email.to_address, subject: email.subject, text, messageId: `<${email.id}@associa>` });
      delivery = 'SENT';
    } catch (err) {
      const message = (err as Error).message.slice(0, 1000);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('outbound_emails').set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message, state: isLastAttempt ? 'FAILED' : 'QUEUED' })).where('id', '=', emailId).execute();
        if (isLastAttempt && email.claim_id) {
          await recordClaimEvent(trx, { claimId: email.claim_id, by: { type: 'SYSTEM' }, at: clock.now(), event: { type: 'EMAIL_SENT', emailId, template: email.template, to: email.to_address, subject: email.subject, delivery: 'FAILED' } });
        }
      });
      throw err;
    }
  }
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('outbound_emails')
      .set((eb) => ({ state: delivery, sent_at: clock.now(), attempts: eb('attempts', '+', 1), last_error: null }))
      .where('id', '=', emailId)
      .where('state', '=', 'QUEUED')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1 && email.claim_id) {
      await recordClaimEvent(trx, { claimId: email.claim_id, by: { type: 'SYSTEM' }, at: clock.now(), event: { type: 'EMAIL_SENT', emailId, template: email.template, to: email.to_address, subject: email.subject, delivery } });
    }
  });
}

/**
 * A message with a personal link gets a new link per attempt, committed before the message leaves,
 * so whatever copy reaches the recipient works; the stored body never holds one.
 */
async function withFreshLink(db: Db, clock: Clock, email: Selectable<OutboundEmailsTable>, baseUrl: string): Promise<string | null> {
  return db.transaction().execute((trx) => fillEmailLinks(trx, { email, body: email.body_text, now: clock.now(), baseUrl }));
}
