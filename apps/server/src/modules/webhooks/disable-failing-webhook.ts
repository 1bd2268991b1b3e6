import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { Database } from '../../db/schema';
import { publicBaseUrl } from '../notifications/public-base-url';
import { queueEmail } from '../notifications/queue-email';
import { webhookDisabledEmail } from './webhook-disabled-email';

/**
 * An endpoint failing for five days straight: disabled (FAILING) in the caller's transaction, and
 * each active admin of its organisation e-mailed once for this stretch of failures.
 */
export async function disableFailingWebhook(trx: Kysely<Database>, { config, endpointId, at }: { config: Config; endpointId: string; at: Date }): Promise<void> {
  const endpoint = await trx
    .updateTable('webhook_endpoints')
    .set({ enabled: false, disabled_reason: 'FAILING', disabled_at: at, updated_at: at })
    .where('id', '=', endpointId)
    .where('enabled', '=', true)
    .returning(['id', 'url', 'organisation_id', 'failing_since'])
    .executeTakeFirst();
  if (!endpoint) return;
  const admins = await trx
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('organisation_id', '=', endpoint.organisation_id)
    .where('role', 'in', ['PARTNER_ADMIN', 'PROGRAM_ADMIN'])
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
  const failingSince = endpoint.failing_since ?? at;
  for (const admin of admins) {
    const { subject, text } = webhookDisabledEmail(admin.locale, { name: admin.name, url: endpoint.url, failingSince, pageUrl: `${publicBaseUrl(config)}/webhooks/${endpoint.id}` });
    await queueEmail(trx, {
      config,
      at,
      email: { idempotencyKey: `webhook:${endpoint.id}:disabled:${failingSince.toISOString()}:${admin.id}`, claimId: null, template: 'WEBHOOK_DISABLED', to: admin.email, locale: admin.locale, subject, text },
    });
  }
}
