import { Limits } from '@associa/contracts';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { recordAudit } from '../audit/record-audit';
import { queueEmail } from '../notifications/queue-email';
import { renderAccountEmail } from './account-email-templates';

/**
 * The worker's half of a reset request: for an active account, a reset valid for an hour and its
 * e-mail (the link is made when it is sent); for an unknown or deactivated address, nothing. A
 * retried job finds its reset by id and adds nothing.
 */
export async function startPasswordReset({ db, clock, config, input }: { db: Db; clock: Clock; config: Config; input: { resetId: string; email: string; ip: string | null } }): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'email', 'name', 'locale', 'organisation_id']).where('email', '=', input.email).where('disabled_at', 'is', null).executeTakeFirst();
    if (!user) return;
    const expiresAt = new Date(now.getTime() + Limits.passwordResetMinutes * 60_000);
    const reset = await trx
      .insertInto('password_resets')
      .values({ id: input.resetId, user_id: user.id, created_at: now, expires_at: expiresAt, requested_ip: input.ip })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!reset) return;
    const { subject, text } = renderAccountEmail('PASSWORD_RESET', user.locale, { name: user.name, email: user.email, expiresAt });
    await queueEmail(trx, {
      config,
      at: now,
      email: { idempotencyKey: `password-reset:${reset.id}`, claimId: null, template: 'PASSWORD_RESET', to: user.email, locale: user.locale, subject, text, link: { purpose: 'PASSWORD_RESET', ref: reset.id, expiresAt } },
    });
    await recordAudit(trx, {
      at: now,
      by: { type: 'ANONYMOUS' },
      action: 'PASSWORD_RESET_REQUESTED',
      target: { type: 'USER', id: user.id, label: user.email, organisationId: user.organisation_id },
      details: { resetId: reset.id, expiresAt: expiresAt.toISOString() },
      ip: input.ip,
    });
  });
}
