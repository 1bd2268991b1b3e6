import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { IMPORT_CONTENT_TYPES, Limits } from '@associa/contracts';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import helmet from 'helmet';
import secureJson from 'secure-json-parse';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config';
import { fastifyTrustProxy } from '../config/trust-proxy';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { registerActorChangeRoutes, registerAuth } from './auth';
import { handleClientError } from './client-error';
import { registerIdempotency } from './idempotency';
import { registerRateLimits } from './rate-limits';
import { requestScopedDb } from './request-transaction';
import { errorBody, registerErrorHandler } from './error-handler';
import { registerOpenApi } from './openapi';
import { responseSerializerCompiler } from './response-serializer';
import { securityHeaders } from './security-headers';
import { registerRoutes } from './routes/index';
import type { App } from './types';
import { registerWebApp } from './web-app';

/** helmet's headers for these options, worked out once (its middleware re-parses the CSP on every request). */
function staticSecurityHeaders(options: Parameters<typeof helmet>[0]): [string, string][] {
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: unknown) => headers.set(name, String(value)), removeHeader: (name: string) => headers.delete(name) };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return [...headers];
}

/** Everything the HTTP app needs from the process that hosts it. */
export type AppDeps = { db: Db; config: Config; clock: Clock; logger: Logger };

/** Builds the API (and the web app when built) without listening, for the process and for tests. */
export async function buildApp({ db, config, clock, logger }: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    bodyLimit: Limits.maxJsonBodyBytes,
    genReqId: () => randomUUID(),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    clientErrorHandler: handleClientError,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandler(app);
  // JSON only: anything else is a 415 with a code, not a parser's guess. An empty JSON body is no
  // body (integrations send Content-Type on body-less POSTs); schemas still say if one is required.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
    try {
      done(null, secureJson.parse(body as string, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError(400, 'MALFORMED_JSON', 'The request body is not valid JSON.'), undefined);
    }
  });

  // Import files stay streams: the route writes them to PostgreSQL as they arrive (limit enforced there).
  app.addContentTypeParser([IMPORT_CONTENT_TYPES.CSV, IMPORT_CONTENT_TYPES.NDJSON], (_request, payload, done) => done(null, payload));

  app.addHook('onRequest', async (request) => {
    if (request.url.length > Limits.maxUrlLength) {
      throw new AppError(414, 'URL_TOO_LONG', `The URL is longer than ${Limits.maxUrlLength} characters.`);
    }
  });

  // The security headers are the same on every answer: computed once, set before anything can fail.
  const headers = staticSecurityHeaders(securityHeaders(config) as Parameters<typeof helmet>[0]);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: Limits.maxDocumentBytes, files: 1 } });
  registerRateLimits(app, { db });
  const { forgetCallers } = registerAuth(app, { db, clock });
  registerIdempotency(app, { db, clock });
  registerActorChangeRoutes(app, forgetCallers);
  await registerOpenApi(app);
  await app.register(
    async (api) => {
      registerRoutes(api as App, { db: requestScopedDb(db), clock, config });
    },
    { prefix: '/api/v1' },
  );
  const hasWeb = await registerWebApp(app, config.webDir);

  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/');
    if (isPage && hasWeb && request.headers.accept?.includes('text/html')) {
      return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    if (isPage && !hasWeb && request.url === '/') {
      return reply.code(503).send(errorBody('SERVICE_UNAVAILABLE', 'The web UI is not built: run `npm run build` (npm start does it for you). The API is at /api/v1.'));
    }
    return reply.code(404).send(errorBody('ROUTE_NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}.`));
  });
  return app as unknown as App;
}
