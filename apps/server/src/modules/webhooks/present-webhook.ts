import type { EventType, WebhookEndpoint } from '@associa/contracts';
import type { Selectable } from 'kysely';
import type { WebhookEndpointsTable } from '../../db/schema';
import { secretPrefix } from './webhook-secret';

/** An endpoint row as the queries select it, with its creator's name. */
export type WebhookRow = Selectable<WebhookEndpointsTable> & { created_by_name: string | null };

/** An endpoint as the API shows it: never the secret. */
export function presentWebhook(row: WebhookRow, now: Date): WebhookEndpoint {
  const previousValid = row.previous_secret_expires_at && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types as EventType[],
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    failingSince: row.failing_since?.toISOString() ?? null,
    vendorWide: row.vendor_wide,
    secretPrefix: secretPrefix(row.secret),
    previousSecretExpiresAt: previousValid ? row.previous_secret_expires_at!.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
  };
}
