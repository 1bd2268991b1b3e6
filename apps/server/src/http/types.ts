import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';

/** The Fastify instance with zod schemas as its type provider, as every route file receives it. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What routes may hand to use cases. */
export type RouteDeps = { db: Db; clock: Clock; config: Config };

/** A route file's one export: registers its route on the API prefix. */
export type RouteModule = (app: App, deps: RouteDeps) => void;
