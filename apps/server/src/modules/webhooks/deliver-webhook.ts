import { sql } from 'kysely';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { type Clock, systemClock } from '../../lib/clock';
import { buildWebhookMessage } from './build-webhook-message';
import { disableFailingWebhook } from './disable-failing-webhook';
import { type AttemptResult, postWebhook } from './post-webhook';
import { hasFailedTooLong, retryDelayMs } from './retry-schedule';
import { scheduleDeliveryJob } from './schedule-delivery-job';
import { signWebhook } from './webhook-secret';

/**
 * The worker's one attempt at a delivery: sends it if it is due (signed with the current secret and,
 * within a day of a rotation, the previous one), records the attempt, and on failure queues the next
 * try on the schedule or gives up; an endpoint failing for five days is disabled and its admins told.
 * `wallClock` stamps `webhook-timestamp`: receivers compare it with their own clock.
 */
export async function deliverWebhook({ db, clock, config, deliveryId, wallClock = systemClock }: { db: Db; clock: Clock; config: Config; deliveryId: string; wallClock?: Clock }): Promise<AttemptResult | null> {
  const delivery = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .select(['d.id', 'd.endpoint_id', 'd.event_id', 'd.payload', 'd.status', 'd.attempt_count', 'd.retry_step', 'd.next_attempt_at', 'e.url', 'e.enabled', 'e.secret', 'e.previous_secret', 'e.previous_secret_expires_at'])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
  if (!delivery || delivery.status !== 'PENDING' || !delivery.next_attempt_at) return null;
  const now = clock.now();
  if (delivery.next_attempt_at > now) {
    // Ran early by the database's clock (the app's may be another): wait for the rest.
    await db.transaction().execute((trx) => scheduleDeliveryJob(trx, { deliveryId, endpointId: delivery.endpoint_id, delayMs: delivery.next_attempt_at!.getTime() - now.getTime() }));
    return null;
  }
  const body = await buildWebhookMessage(db, delivery);
  let result: AttemptResult;
  if (!delivery.enabled) {
    result = { ok: false, statusCode: null, durationMs: 0, error: 'ENDPOINT_DISABLED', errorMessage: 'The webhook is disabled; nothing was sent.', responseExcerpt: null };
  } else if (body === null) {
    result = { ok: false, statusCode: null, durationMs: 0, error: 'EVENT_MISSING', errorMessage: 'The event no longer exists.', responseExcerpt: null };
  } else {
    const secrets = [delivery.secret];
    if (delivery.previous_secret && delivery.previous_secret_expires_at && delivery.previous_secret_expires_at > now) secrets.push(delivery.previous_secret);
    const sentAt = wallClock.now();
    result = await postWebhook({
      url: delivery.url,
      body,
      allowedHosts: config.webhookAllowedHosts,
      timeoutMs: config.webhookTimeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Associa-Webhooks/1.0',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signWebhook({ secrets, msgId: delivery.id, timestamp: sentAt, body }),
      },
    });
  }
  await recordAttempt({ db, clock, config, delivery, result, at: now });
  return result;
}

type DeliveryState = { id: string; endpoint_id: string; attempt_count: number; retry_step: number; enabled: boolean };

/** Writes the attempt and its consequences in one transaction, unless another run recorded this try first. */
async function recordAttempt({ db, clock, config, delivery, result, at }: { db: Db; clock: Clock; config: Config; delivery: DeliveryState; result: AttemptResult; at: Date }) {
  await db.transaction().execute(async (trx) => {
    const delay = result.ok || !delivery.enabled ? null : retryDelayMs(delivery.retry_step);
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({
        attempt_count: sql`attempt_count + 1`,
        status: result.ok ? 'DELIVERED' : delay === null ? 'FAILED' : 'PENDING',
        delivered_at: result.ok ? at : null,
        retry_step: result.ok ? delivery.retry_step : delivery.retry_step + 1,
        next_attempt_at: delay === null ? null : new Date(at.getTime() + delay),
      })
      .where('id', '=', delivery.id)
      .where('status', '=', 'PENDING')
      .where('attempt_count', '=', delivery.attempt_count)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return;
    await trx
      .insertInto('webhook_attempts')
      .values({ delivery_id: delivery.id, attempted_at: at, status_code: result.statusCode, duration_ms: result.durationMs, error: result.error, error_message: result.errorMessage, response_excerpt: result.responseExcerpt })
      .execute();
    if (delay !== null) await scheduleDeliveryJob(trx, { deliveryId: delivery.id, endpointId: delivery.endpoint_id, delayMs: delay });
    if (!delivery.enabled) return;
    if (result.ok) {
      await trx.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', delivery.endpoint_id).where('failing_since', 'is not', null).execute();
      return;
    }
    const endpoint = await trx
      .updateTable('webhook_endpoints')
      .set({ failing_since: sql`coalesce(failing_since, ${at}::timestamptz)` })
      .where('id', '=', delivery.endpoint_id)
      .returning(['failing_since', 'enabled'])
      .executeTakeFirst();
    if (endpoint?.enabled && endpoint.failing_since && hasFailedTooLong(endpoint.failing_since, clock.now())) {
      await disableFailingWebhook(trx, { config, endpointId: delivery.endpoint_id, at });
    }
  });
}
