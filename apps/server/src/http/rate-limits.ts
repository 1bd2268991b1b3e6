import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/client';
import { AppError } from '../lib/errors';
import { createSharedLimiter, sweepExpiredLimits } from '../lib/shared-rate-limiter';

/** One limit on a route: at most `max` requests per `windowMs` for one key (the client address unless `key` says otherwise). */
export type RouteRateLimit = {
  max: number;
  windowMs: number;
  /** Plural noun for the message: "Too many {what}." */
  what: string;
  key?: (request: FastifyRequest) => string;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Limits counted in PostgreSQL (the same count on every API process); each must hold or the answer is 429. */
    rateLimit?: RouteRateLimit | RouteRateLimit[];
  }
}

/** 429 RATE_LIMITED with Retry-After, saying when to try again. */
export const rateLimited = (what: string, retryAfterMs: number, code = 'RATE_LIMITED') => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError(429, code, `Too many ${what}. Try again in ${seconds} seconds.`, [], { 'retry-after': String(seconds) });
};

const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Turns every route's `config.rateLimit` into a preHandler counting in the shared `rate_limits`
 * table, keyed by route and client address (`request.ip`, which honours the trustProxy setting).
 * Call before the routes are registered.
 */
export function registerRateLimits(app: FastifyInstance, { db }: { db: Db }): void {
  app.addHook('onRoute', (route) => {
    const configured = route.config?.rateLimit;
    if (!configured) return;
    const limits = (Array.isArray(configured) ? configured : [configured]).map((limit, i) => ({
      limit,
      limiter: createSharedLimiter(db, { name: `route:${String(route.method)}:${route.url}:${i}`, points: limit.max, windowMs: limit.windowMs }),
    }));
    const check: preHandlerAsyncHookHandler = async (request) => {
      for (const { limit, limiter } of limits) {
        const outcome = await limiter.consume(limit.key ? limit.key(request) : `ip:${request.ip}`);
        if (!outcome.allowed) throw rateLimited(limit.what, outcome.retryAfterMs);
      }
    };
    const existing = route.preHandler === undefined ? [] : Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler];
    route.preHandler = [check, ...existing];
  });
  const sweep = setInterval(() => void sweepExpiredLimits(db).catch(() => undefined), SWEEP_INTERVAL_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
