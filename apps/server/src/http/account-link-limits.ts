import { Limits } from '@associa/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import type { App } from './types';

const WINDOW_MS = Limits.accountLinkWindowMinutes * 60 * 1000;

/** 429 RATE_LIMITED, saying when to try again. */
export const rateLimited = (what: string, ttlMs: number) => {
  const seconds = Math.ceil(ttlMs / 1000);
  return new AppError(429, 'RATE_LIMITED', `Too many ${what}. Try again in ${seconds} seconds.`, [], { 'retry-after': String(seconds) });
};

/**
 * Route options for the endpoints a link or an e-mail address opens without signing in (accept an
 * invitation, ask for or use a password reset): no CSRF token (there is no session yet), a limit
 * per client address (the route's rate-limit config, as at login), and one per target, so neither
 * many addresses against one account nor one address against many gets far.
 */
export function accountLinkRouteOptions(app: App, { what, perTarget, target }: { what: string; perTarget: number; target: (request: FastifyRequest) => string }) {
  const perTargetLimit = app.createRateLimit({ max: perTarget, timeWindow: WINDOW_MS, keyGenerator: (request) => `target:${target(request)}` });
  return {
    config: {
      skipCsrf: true,
      rateLimit: { max: Limits.accountLinkAttemptsPerAddress, timeWindow: WINDOW_MS, errorResponseBuilder: (_request: FastifyRequest, ctx: { ttl: number }) => rateLimited(what, ctx.ttl) },
    },
    preHandler: async (request: FastifyRequest) => {
      const result = await perTargetLimit(request);
      if (!result.isAllowed && result.isExceeded) throw rateLimited(what, result.ttl);
    },
  };
}
