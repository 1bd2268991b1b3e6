import { ErrorResponseSchema, IdParamsSchema, ListWebhookDeliveriesQuerySchema, ListWebhookDeliveriesResponseSchema, WebhookDeliveryParamsSchema, WebhookDeliverySchema } from '@associa/contracts';
import { getWebhookForActor } from '../../../modules/webhooks/find-webhook';
import { listWebhookDeliveries } from '../../../modules/webhooks/list-webhook-deliveries';
import { redeliverWebhookDelivery } from '../../../modules/webhooks/redeliver-webhook-delivery';
import { sendTestWebhook } from '../../../modules/webhooks/send-test-webhook';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { requireWebhookManager } from './require-webhook-manager';

/** A webhook's delivery log, redelivery of one message, and a test message. */
export const webhookDeliveryRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: ['webhooks'],
        summary: 'The delivery log, newest first: each message with its attempts (status code, duration, answer excerpt) and next retry',
        params: IdParamsSchema,
        querystring: ListWebhookDeliveriesQuerySchema,
        response: { 200: ListWebhookDeliveriesResponseSchema, ...commonErrors },
      },
    },
    async (request) => listWebhookDeliveries({ db, actor: requireWebhookManager(request), webhookId: request.params.id, input: request.query }),
  );
  app.post(
    '/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      schema: {
        operationId: 'redeliverWebhookDelivery',
        tags: ['webhooks'],
        summary: 'Send a delivered or failed message again now (same webhook-id)',
        params: WebhookDeliveryParamsSchema,
        response: { 202: WebhookDeliverySchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireWebhookManager(request);
      await getWebhookForActor(db, actor, request.params.id);
      const delivery = await redeliverWebhookDelivery({ db, clock, webhookId: request.params.id, deliveryId: request.params.deliveryId });
      return reply.code(202).send(delivery);
    },
  );
  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        operationId: 'sendTestWebhook',
        tags: ['webhooks'],
        summary: 'Queue a signed webhook.test message to the endpoint',
        params: IdParamsSchema,
        response: { 202: WebhookDeliverySchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => reply.code(202).send(await sendTestWebhook({ db, clock, actor: requireWebhookManager(request), webhookId: request.params.id })),
  );
};
