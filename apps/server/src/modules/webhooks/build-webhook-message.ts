import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { presentEvent } from '../events/present-event';

/** The JSON body of a delivery: its event's envelope, or a test message's own. */
export async function buildWebhookMessage(db: Kysely<Database>, delivery: { event_id: string | null; payload: unknown }): Promise<string | null> {
  if (delivery.event_id === null) return JSON.stringify(delivery.payload);
  const event = await db.selectFrom('events').select(['id', 'type', 'occurred_at', 'data']).where('id', '=', delivery.event_id).executeTakeFirst();
  return event ? JSON.stringify(presentEvent(event)) : null;
}
