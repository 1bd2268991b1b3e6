import { type IntegrationEvent, IntegrationEventSchema } from '@associa/contracts';

/** An `events` row as the feed and a webhook body carry it. */
export type EventRow = { id: string; type: string; occurred_at: Date; data: unknown };

/** The event envelope (`id`, `type`, `timestamp`, `data`), checked against the contract so a receiver gets what the docs say. */
export function presentEvent(row: EventRow): IntegrationEvent {
  return IntegrationEventSchema.parse({ id: String(row.id), type: row.type, timestamp: row.occurred_at.toISOString(), data: row.data });
}
