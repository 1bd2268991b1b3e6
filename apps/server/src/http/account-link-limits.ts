import { Limits } from '@associa/contracts';
import type { FastifyRequest } from 'fastify';
import type { RouteRateLimit } from './rate-limits';
import type { App } from './types';

const WINDOW_MS = Limits.accountLinkWindowMinutes * 60 * 1000;

/**
 * Route options for the endpoints a link or an e-mail address opens without signing in (accept an
 * invitation, ask for or use a password reset, ask for a customer link): no CSRF token (there is no
 * session yet), a limit per client address and one per target, both counted in PostgreSQL, so
 * neither many addresses against one account nor one address against many gets far.
 */
export function accountLinkRouteOptions(_app: App, { what, perTarget, target }: { what: string; perTarget: number; target: (request: FastifyRequest) => string }) {
  const rateLimit: RouteRateLimit[] = [
    { max: Limits.accountLinkAttemptsPerAddress, windowMs: WINDOW_MS, what },
    { max: perTarget, windowMs: WINDOW_MS, what, key: (request) => `target:${target(request)}` },
  ];
  // They set passwords and open sessions: cached callers are forgotten (see changesActors).
  return { config: { skipCsrf: true, changesActors: true, rateLimit } };
}
