import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from './types';

/** A request body the route reads itself (multipart, a streamed file): documented, never validated as JSON. */
export type OpenApiRequestBody = { required: boolean; description: string; content: Record<string, { schema: z.ZodType }> };

declare module 'fastify' {
  interface FastifySchema {
    /** Documents a non-JSON body; `body` would make Fastify validate it. */
    requestBody?: OpenApiRequestBody;
  }
}

type Json = Record<string, unknown>;
type Operation = Json & { responses?: Record<string, Json>; requestBody?: unknown };

const BODY_KEY = 'x-associa-request-body';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

// What each error status means to a caller; the body is always the shared ErrorResponse.
const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'The request is not valid (`VALIDATION_FAILED`, `MALFORMED_JSON`, ...); `details` names each field',
  '401': 'Not signed in, or the token or session is unknown or expired',
  '403': 'Signed in, but not allowed to do this (role, organisation, or a missing X-CSRF-Token)',
  '404': 'Not found, or not visible to the caller',
  '409': 'Conflicts with the current state (status changed, duplicate, already used)',
  '410': 'The link has expired',
  '413': 'The body or file is larger than allowed',
  '414': 'The URL is too long',
  '415': 'The body has a media type this operation does not accept',
  '422': 'Well-formed, but refused by a business rule; `details` says why',
  '429': 'Too many requests; try again later',
};

/** A documentation-only zod schema as the JSON Schema inside the document (no `$schema` line). */
function jsonSchemaOf(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json;
  return rest;
}

/** Every `#/components/schemas/X` the value refers to. */
function schemaRefs(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) schemaRefs(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) into.add(v.slice('#/components/schemas/'.length));
      else schemaRefs(v, into);
    }
  }
  return into;
}

/**
 * Finishes the generated document: non-JSON request bodies, error descriptions, and only the
 * component schemas an operation reaches (the zod registry also holds unused input variants).
 */
export function finishOpenApiDocument(document: Json): Json {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const item of Object.values(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      if (op[BODY_KEY]) {
        op.requestBody = op[BODY_KEY];
        delete op[BODY_KEY];
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (ERROR_DESCRIPTIONS[status] && (!response.description || response.description === 'Default Response')) response.description = ERROR_DESCRIPTIONS[status];
      }
    }
  }
  const components = (document.components ?? {}) as Json & { schemas?: Record<string, unknown> };
  if (components.schemas) {
    const used = schemaRefs({ ...document, components: { ...components, schemas: undefined } }, new Set());
    // A component may reach further components: follow until nothing new appears.
    for (let size = -1; size !== used.size; ) {
      size = used.size;
      for (const name of [...used]) schemaRefs(components.schemas[name], used);
    }
    components.schemas = Object.fromEntries(Object.entries(components.schemas).filter(([name]) => used.has(name)));
  }
  return document;
}

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
        { name: 'associations', description: 'Active and ended associations, and ending one' },
        { name: 'consent', description: 'The customer answers a consent link (no sign-in)' },
        { name: 'imports', description: 'Directory and usage imports (CSV or NDJSON files)' },
        { name: 'admin', description: 'Program administration: outbox, audit log' },
        { name: 'people', description: 'Invitations and users: who may sign in, as what, in which organisation' },
        { name: 'usage', description: 'Usage data an active association unlocks, and the log of every read' },
        { name: 'customer', description: "The customer's page: who holds what for its tenant, who read its usage, revoke (no sign-in)" },
        { name: 'events', description: "The event feed: what happened to the caller's organisation's objects, oldest first" },
        { name: 'webhooks', description: 'Signed webhook endpoints (Standard Webhooks), their deliveries and redelivery' },
      ],
    },
    transform: (input) => {
      const { requestBody, ...schema } = (input.schema ?? {}) as Json & { requestBody?: OpenApiRequestBody };
      const out = jsonSchemaTransform({ ...input, schema });
      const documented = requestBody && {
        ...requestBody,
        content: Object.fromEntries(Object.entries(requestBody.content).map(([type, { schema: s }]) => [type, { schema: jsonSchemaOf(s) }])),
      };
      // Routes live under the /api/v1 server URL; paths in the document are relative to it.
      return { schema: documented ? { ...out.schema, [BODY_KEY]: documented } : out.schema, url: out.url.replace(/^\/api\/v1/, '') || '/' };
    },
    transformObject: (input) => finishOpenApiDocument(jsonSchemaTransformObject(input) as Json),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
