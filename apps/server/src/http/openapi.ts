import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './types';

/** Describes the API as OpenAPI 3.1 from the routes' zod schemas, with a docs page. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Associa API',
        version: '1',
        description:
          'Customer association claims under the Claiming Partner of Record (CPOR) model. Errors are `{ "error": { "code", "message", "details" } }`.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/api/v1' }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from POST /tokens' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'associa_session', description: 'Web session; unsafe methods also need X-CSRF-Token' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
      tags: [
        { name: 'system', description: 'Health' },
        { name: 'auth', description: 'Sessions and the caller' },
        { name: 'tokens', description: 'API tokens for integrations' },
        { name: 'catalog', description: 'Programs, products and reason codes' },
        { name: 'partners', description: 'Partner organisations and their locations (MPN IDs, program enrolments)' },
        { name: 'directory', description: 'Customer tenants and subscriptions (vendor staff)' },
        { name: 'claims', description: 'Customer association claims: drafts, checks, submission, documents' },
        { name: 'review', description: 'Vendor review: information requests, decisions, responses, disputes' },
        { name: 'admin', description: 'Program administration: outbox, audit log' },
        { name: 'people', description: 'Invitations and users: who may sign in, as what, in which organisation' },
        { name: 'usage', description: 'Usage data an active association unlocks, and the log of every read' },
        { name: 'customer', description: "The customer's page: who holds what for its tenant, who read its usage, revoke (no sign-in)" },
      ],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      // Routes live under the /api/v1 server URL; paths in the document are relative to it.
      return { ...out, url: out.url.replace(/^\/api\/v1/, '') || '/' };
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
