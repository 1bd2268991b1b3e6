import { z } from 'zod';
import { EventTypeSchema } from './events';
import { pageOf, PageQuerySchema } from './pagination';

/** Webhook limits and the retry schedule, shared so the web page can explain them. */
export const WebhookLimits = {
  /** Endpoints one organisation may register. */
  maxEndpointsPerOrganisation: 20,
  maxUrlLength: 2000,
  maxDescriptionLength: 500,
  /** Seconds after a failed attempt before the next one: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h; then the delivery fails. */
  retryScheduleSeconds: [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600] as readonly number[],
  /** An endpoint whose deliveries have failed this long without a success is disabled and its admins told. */
  disableAfterFailingDays: 5,
  /** After a rotation the previous secret still signs (beside the new one) this long. */
  previousSecretHours: 24,
  /** One attempt's limits: time until the whole answer, and how much of the answer is read. */
  timeoutMs: 10_000,
  maxResponseBytes: 64 * 1024,
  /** Characters of the answer kept in the delivery log. */
  responseExcerptLength: 1000,
} as const;

/** Why an endpoint is not sending: turned off by a person, or after failing too long. */
export const WebhookDisabledReasonSchema = z.enum(['BY_USER', 'FAILING']);

/** One registered endpoint; the secret is never part of it. */
export const WebhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(EventTypeSchema),
    enabled: z.boolean(),
    disabledReason: WebhookDisabledReasonSchema.nullable(),
    disabledAt: z.iso.datetime().nullable(),
    failingSince: z.iso.datetime().nullable().describe('First failure since the last success; null while healthy'),
    vendorWide: z.boolean().describe("A vendor endpoint receives every organisation's events; a partner's only its own"),
    secretPrefix: z.string().describe('The first characters of the current secret, to tell secrets apart'),
    previousSecretExpiresAt: z.iso.datetime().nullable().describe('After a rotation: until when the old secret still signs'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

const UrlSchema = z.string().trim().min(1).max(WebhookLimits.maxUrlLength).describe('https, or http to a host the operator allowed');
const EventTypesSchema = z
  .array(EventTypeSchema)
  .min(1)
  .max(EventTypeSchema.options.length)
  .refine((types) => new Set(types).size === types.length, { message: 'List each event type once.' });

/** `POST /webhooks` body. */
export const CreateWebhookRequestSchema = z.object({
  url: UrlSchema,
  eventTypes: EventTypesSchema,
  description: z.string().trim().max(WebhookLimits.maxDescriptionLength).default(''),
  enabled: z.boolean().default(true),
});
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequestSchema>;

/** `PATCH /webhooks/{id}` body: any of the fields; enabling again clears the failure state. */
export const UpdateWebhookRequestSchema = z
  .object({
    url: UrlSchema.optional(),
    eventTypes: EventTypesSchema.optional(),
    description: z.string().trim().max(WebhookLimits.maxDescriptionLength).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: 'Send at least one field to change.' });
export type UpdateWebhookRequest = z.infer<typeof UpdateWebhookRequestSchema>;

/** The endpoint with its signing secret: only in the answers to create and rotate. */
export const WebhookWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().describe('whsec_... (Standard Webhooks); shown only in this answer'),
}).meta({ id: 'WebhookWithSecret' });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecretSchema>;

/** `GET /webhooks` answer. */
export const ListWebhooksResponseSchema = z.object({ items: z.array(WebhookEndpointSchema) });
export type ListWebhooksResponse = z.infer<typeof ListWebhooksResponseSchema>;

/** Params of the routes about one delivery. */
export const WebhookDeliveryParamsSchema = z.object({ id: z.uuid(), deliveryId: z.uuid() });

/** Where a delivery stands. */
export const WebhookDeliveryStatusSchema = z.enum(['PENDING', 'DELIVERED', 'FAILED']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

/** One HTTP attempt of a delivery. */
export const WebhookAttemptSchema = z.object({
  id: z.string(),
  attemptedAt: z.iso.datetime(),
  statusCode: z.number().int().nullable().describe('The HTTP status; null when no answer came'),
  durationMs: z.number().int(),
  error: z.string().nullable().describe('TIMEOUT, CONNECTION_FAILED, ADDRESS_NOT_ALLOWED, URL_NOT_ALLOWED, HTTP_STATUS, REDIRECT_NOT_FOLLOWED, ENDPOINT_DISABLED or EVENT_MISSING'),
  errorMessage: z.string().nullable(),
  responseExcerpt: z.string().nullable().describe('The start of the answer body'),
});

/** One event sent (or to be sent) to one endpoint, with its attempts, newest first. */
export const WebhookDeliverySchema = z
  .object({
    id: z.uuid().describe('Also the `webhook-id` header, the same on every attempt'),
    eventId: z.string().nullable().describe('Null for a test message'),
    eventType: z.string(),
    status: WebhookDeliveryStatusSchema,
    attemptCount: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable().describe('When PENDING: the next try'),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    attempts: z.array(WebhookAttemptSchema),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/** `GET /webhooks/{id}/deliveries` query. */
export const ListWebhookDeliveriesQuerySchema = PageQuerySchema.extend({
  status: WebhookDeliveryStatusSchema.optional(),
  eventType: z.string().max(64).optional(),
});
export type ListWebhookDeliveriesQuery = z.infer<typeof ListWebhookDeliveriesQuerySchema>;

/** `GET /webhooks/{id}/deliveries` answer, newest first. */
export const ListWebhookDeliveriesResponseSchema = pageOf(WebhookDeliverySchema);
export type ListWebhookDeliveriesResponse = z.infer<typeof ListWebhookDeliveriesResponseSchema>;
