import type { ListWebhookDeliveriesQuery, ListWebhookDeliveriesResponse, WebhookDelivery } from '@associa/contracts';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { getWebhookForActor } from './find-webhook';
import { presentDelivery } from './present-delivery';

const CursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

/** An endpoint's delivery log, newest first, each delivery with its attempts (status, duration, answer excerpt, next try). */
export async function listWebhookDeliveries({ db, actor, webhookId, input }: { db: Db; actor: Actor; webhookId: string; input: ListWebhookDeliveriesQuery }): Promise<ListWebhookDeliveriesResponse> {
  await getWebhookForActor(db, actor, webhookId);
  let query = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', webhookId);
  if (input.status) query = query.where('status', '=', input.status);
  if (input.eventType) query = query.where('event_type', '=', input.eventType);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, CursorShape);
    query = query.where((eb) => eb.or([eb('created_at', '<', new Date(at)), eb.and([eb('created_at', '=', new Date(at)), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: await withAttempts(db, page), nextCursor: rows.length > input.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null };
}

/** Presents deliveries with their attempts, read in one query. */
export async function withAttempts(db: Kysely<Database>, rows: Parameters<typeof presentDelivery>[0][]): Promise<WebhookDelivery[]> {
  if (!rows.length) return [];
  const attempts = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', rows.map((r) => r.id)).orderBy('id', 'desc').execute();
  return rows.map((r) => presentDelivery(r, attempts.filter((a) => a.delivery_id === r.id)));
}
