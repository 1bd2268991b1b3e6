import { type CreateWebhookRequest, type WebhookWithSecret, WebhookLimits } from '@associa/contracts';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { assertEventTypesAllowed } from './assert-event-types-allowed';
import { checkWebhookUrl } from './check-webhook-url';
import { webhookQuery } from './find-webhook';
import { presentWebhook } from './present-webhook';
import { generateWebhookSecret } from './webhook-secret';

/** Registers an endpoint for the caller's organisation; the signing secret is in this answer only. */
export async function createWebhook({ db, clock, config, actor, input }: { db: Db; clock: Clock; config: Config; actor: Actor; input: CreateWebhookRequest }): Promise<WebhookWithSecret> {
  assertEventTypesAllowed(actor, input.eventTypes);
  const url = await checkWebhookUrl(input.url, config.webhookAllowedHosts);
  const now = clock.now();
  const secret = generateWebhookSecret();
  return db.transaction().execute(async (trx) => {
    // Counted under the organisation's row lock, so two requests at once cannot both pass the limit.
    await trx.selectFrom('organisations').select('id').where('id', '=', actor.organisationId).forUpdate().executeTakeFirst();
    const count = await trx.selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<string>().as('n')).where('organisation_id', '=', actor.organisationId).executeTakeFirstOrThrow();
    if (Number(count.n) >= WebhookLimits.maxEndpointsPerOrganisation) {
      throw new AppError(409, 'WEBHOOK_LIMIT_REACHED', `An organisation may register ${WebhookLimits.maxEndpointsPerOrganisation} webhooks; delete one first.`);
    }
    const { id } = await trx
      .insertInto('webhook_endpoints')
      .values({
        organisation_id: actor.organisationId,
        vendor_wide: actor.organisationKind === 'VENDOR',
        url,
        description: input.description,
        event_types: input.eventTypes,
        enabled: input.enabled,
        disabled_reason: input.enabled ? null : 'BY_USER',
        disabled_at: input.enabled ? null : now,
        secret,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await webhookQuery(trx).where('w.id', '=', id).executeTakeFirstOrThrow();
    return { ...presentWebhook(row, now), secret };
  });
}
