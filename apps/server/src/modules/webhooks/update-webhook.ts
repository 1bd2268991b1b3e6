import type { UpdateWebhookRequest, WebhookEndpoint } from '@associa/contracts';
import type { Updateable } from 'kysely';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { WebhookEndpointsTable } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { assertEventTypesAllowed } from './assert-event-types-allowed';
import { checkWebhookUrl } from './check-webhook-url';
import { getWebhookForActor, webhookQuery } from './find-webhook';
import { presentWebhook } from './present-webhook';

/**
 * Changes an endpoint's URL, event types, description or state. Disabling stops new deliveries;
 * enabling again (also after it was disabled for failing) starts afresh with no failure on record.
 */
export async function updateWebhook({ db, clock, config, actor, id, input }: { db: Db; clock: Clock; config: Config; actor: Actor; id: string; input: UpdateWebhookRequest }): Promise<WebhookEndpoint> {
  if (input.eventTypes) assertEventTypesAllowed(actor, input.eventTypes);
  await getWebhookForActor(db, actor, id);
  const url = input.url === undefined ? undefined : await checkWebhookUrl(input.url, config.webhookAllowedHosts);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const current = await getWebhookForActor(trx, actor, id, { forUpdate: true });
    const set: Updateable<WebhookEndpointsTable> = { updated_at: now };
    if (url !== undefined) set.url = url;
    if (input.eventTypes) set.event_types = input.eventTypes;
    if (input.description !== undefined) set.description = input.description;
    if (input.enabled === false && current.enabled) Object.assign(set, { enabled: false, disabled_reason: 'BY_USER', disabled_at: now });
    if (input.enabled === true && !current.enabled) Object.assign(set, { enabled: true, disabled_reason: null, disabled_at: null, failing_since: null });
    await trx.updateTable('webhook_endpoints').set(set).where('id', '=', id).execute();
    return presentWebhook(await webhookQuery(trx).where('w.id', '=', id).executeTakeFirstOrThrow(), now);
  });
}
