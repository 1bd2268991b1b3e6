import {
  ListWebhookDeliveriesResponseSchema,
  ListWebhooksResponseSchema,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
  WebhookWithSecretSchema,
  type CreateWebhookRequest,
  type ListWebhookDeliveriesResponse,
  type ListWebhooksResponse,
  type UpdateWebhookRequest,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookWithSecret,
} from '@associa/contracts';
import { apiRequest } from './http-client';

const path = (id: string) => `/webhooks/${encodeURIComponent(id)}`;

/** The webhook endpoints the caller manages: its organisation's, or the vendor's for a program admin. */
export function findWebhooks(signal?: AbortSignal): Promise<ListWebhooksResponse> {
  return apiRequest('/webhooks', { schema: ListWebhooksResponseSchema, signal });
}

/** One endpoint, for its delivery log page. */
export function findWebhook(id: string, signal?: AbortSignal): Promise<WebhookEndpoint> {
  return apiRequest(path(id), { schema: WebhookEndpointSchema, signal });
}

/** Registers an endpoint; the answer holds the signing secret, which is never shown again. */
export function createWebhook(input: CreateWebhookRequest): Promise<WebhookWithSecret> {
  return apiRequest('/webhooks', { method: 'POST', body: input, schema: WebhookWithSecretSchema });
}

/** Changes an endpoint's URL, event types or description, or enables / disables it. */
export function updateWebhook(id: string, input: UpdateWebhookRequest): Promise<WebhookEndpoint> {
  return apiRequest(path(id), { method: 'PATCH', body: input, schema: WebhookEndpointSchema });
}

/** Deletes an endpoint and its delivery log. */
export async function deleteWebhook(id: string): Promise<void> {
  await apiRequest(path(id), { method: 'DELETE', schema: undefined });
}

/** A new signing secret (in this answer only); the previous one keeps signing for a while. */
export function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return apiRequest(`${path(id)}/rotate-secret`, { method: 'POST', schema: WebhookWithSecretSchema });
}

/** Queues a signed `webhook.test` message to the endpoint. */
export function sendTestWebhook(id: string): Promise<WebhookDelivery> {
  return apiRequest(`${path(id)}/test`, { method: 'POST', schema: WebhookDeliverySchema });
}

/** One page of an endpoint's delivery log, newest first. */
export function findWebhookDeliveries(id: string, query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ListWebhookDeliveriesResponse> {
  return apiRequest(`${path(id)}/deliveries`, { query, schema: ListWebhookDeliveriesResponseSchema, signal });
}

/** Sends a delivered or failed message again now, with the same `webhook-id`. */
export function redeliverWebhookDelivery(id: string, deliveryId: string): Promise<WebhookDelivery> {
  return apiRequest(`${path(id)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`, { method: 'POST', schema: WebhookDeliverySchema });
}
