import type { WebhookEndpoint } from '@associa/contracts';

/** Whether an endpoint is sending: healthy, failing (still retried), turned off by a person, or turned off after failing too long. */
export type WebhookState = 'ACTIVE' | 'FAILING' | 'DISABLED' | 'DISABLED_FAILING';

/** Derives an endpoint's state from its flags, for the status badge. */
export function webhookState(endpoint: Pick<WebhookEndpoint, 'enabled' | 'disabledReason' | 'failingSince'>): WebhookState {
  if (!endpoint.enabled) return endpoint.disabledReason === 'FAILING' ? 'DISABLED_FAILING' : 'DISABLED';
  return endpoint.failingSince ? 'FAILING' : 'ACTIVE';
}
