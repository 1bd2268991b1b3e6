import {
  CreateWebhookRequestSchema,
  ErrorResponseSchema,
  IdParamsSchema,
  ListWebhooksResponseSchema,
  UpdateWebhookRequestSchema,
  WebhookEndpointSchema,
  WebhookWithSecretSchema,
} from '@associa/contracts';
import { z } from 'zod';
import { createWebhook } from '../../../modules/webhooks/create-webhook';
import { deleteWebhook } from '../../../modules/webhooks/delete-webhook';
import { getWebhook, listWebhooks } from '../../../modules/webhooks/list-webhooks';
import { rotateWebhookSecret } from '../../../modules/webhooks/rotate-webhook-secret';
import { updateWebhook } from '../../../modules/webhooks/update-webhook';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { requireWebhookManager } from './require-webhook-manager';

/** Webhook endpoints: register (secret shown once), list, read, change, delete, rotate the secret. */
export const webhookRoutes: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags: ['webhooks'],
        summary: 'Register a webhook endpoint (the signing secret is shown once)',
        body: CreateWebhookRequestSchema,
        response: { 201: WebhookWithSecretSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireWebhookManager(request);
      const created = await createWebhook({ db, clock, config, actor, input: request.body });
      return reply.code(201).header('location', `/api/v1/webhooks/${created.id}`).send(created);
    },
  );
  app.get(
    '/webhooks',
    { schema: { operationId: 'listWebhooks', tags: ['webhooks'], summary: "The organisation's webhook endpoints", response: { 200: ListWebhooksResponseSchema, ...commonErrors } } },
    async (request) => ({ items: await listWebhooks({ db, clock, actor: requireWebhookManager(request) }) }),
  );
  app.get(
    '/webhooks/:id',
    { schema: { operationId: 'getWebhook', tags: ['webhooks'], summary: 'One webhook endpoint', params: IdParamsSchema, response: { 200: WebhookEndpointSchema, ...commonErrors } } },
    async (request) => getWebhook({ db, clock, actor: requireWebhookManager(request), id: request.params.id }),
  );
  app.patch(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'updateWebhook',
        tags: ['webhooks'],
        summary: "Change a webhook's URL, event types, description, or enable / disable it",
        params: IdParamsSchema,
        body: UpdateWebhookRequestSchema,
        response: { 200: WebhookEndpointSchema, ...commonErrors },
      },
    },
    async (request) => updateWebhook({ db, clock, config, actor: requireWebhookManager(request), id: request.params.id, input: request.body }),
  );
  app.delete(
    '/webhooks/:id',
    { schema: { operationId: 'deleteWebhook', tags: ['webhooks'], summary: 'Delete a webhook endpoint and its delivery log', params: IdParamsSchema, response: { 204: z.undefined(), ...commonErrors } } },
    async (request, reply) => {
      await deleteWebhook({ db, actor: requireWebhookManager(request), id: request.params.id });
      return reply.code(204).send();
    },
  );
  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags: ['webhooks'],
        summary: 'A new signing secret (shown once); the previous one keeps signing for 24 hours',
        params: IdParamsSchema,
        response: { 200: WebhookWithSecretSchema, ...commonErrors },
      },
    },
    async (request) => rotateWebhookSecret({ db, clock, actor: requireWebhookManager(request), id: request.params.id }),
  );
};
