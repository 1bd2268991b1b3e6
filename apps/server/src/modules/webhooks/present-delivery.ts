import type { WebhookDelivery } from '@associa/contracts';
import type { Selectable } from 'kysely';
import type { WebhookAttemptsTable, WebhookDeliveriesTable } from '../../db/schema';

/** A delivery as the log shows it, with its attempts newest first. */
export function presentDelivery(row: Selectable<WebhookDeliveriesTable>, attempts: Selectable<WebhookAttemptsTable>[]): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.event_id === null ? null : String(row.event_id),
    eventType: row.event_type,
    status: row.status,
    attemptCount: row.attempt_count,
    nextAttemptAt: row.status === 'PENDING' ? (row.next_attempt_at?.toISOString() ?? null) : null,
    createdAt: row.created_at.toISOString(),
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    attempts: attempts.map((a) => ({
      id: String(a.id),
      attemptedAt: a.attempted_at.toISOString(),
      statusCode: a.status_code,
      durationMs: a.duration_ms,
      error: a.error,
      errorMessage: a.error_message,
      responseExcerpt: a.response_excerpt,
    })),
  };
}
