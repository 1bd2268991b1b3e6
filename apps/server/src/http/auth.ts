import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { connectionStringOf, type Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { AppError, unauthenticated } from '../lib/errors';
import { safeEqual } from '../lib/secrets';
import { ActorCache } from '../modules/auth/actor-cache';
import { findActorByApiToken } from '../modules/auth/find-actor-by-api-token';
import { findActorBySession } from '../modules/auth/find-actor-by-session';
import { listenForActorChanges } from '../modules/auth/listen-for-actor-changes';
import type { Actor } from '../modules/users/actor';

/** The session cookie's name. */
export const SESSION_COOKIE = 'associa_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Set on routes that open a session (login), where no CSRF token can exist yet. */
    skipCsrf?: boolean;
    /**
     * Set on routes that can change who a session or token stands for or whether it works (sign-in
     * and out, passwords, people, partners, tokens): this process forgets its cached callers before
     * the answer leaves, so the caller's next request already sees the change.
     */
    changesActors?: boolean;
    /** Set on POST routes that only read (dry-run validation): their caller may come from the cache like a GET's. */
    readsOnly?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller on every request from `Authorization: Bearer` or the session cookie, and
 * refuses unsafe cookie requests without the session's CSRF token.
 */
export function registerAuth(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }): { forgetCallers: () => void } {
  app.decorateRequest('actor', null);
  // Callers seen moments ago are reused while the database's change notices are heard (ActorCache).
  const cache = new ActorCache<object>();
  // Reads (and `readsOnly` routes) may reuse a caller seen moments ago; a write always checks its caller in the database.
  const readCache = (request: FastifyRequest) => (SAFE_METHODS.has(request.method) || request.routeOptions.config.readsOnly ? cache : undefined);
  const connectionString = connectionStringOf(db);
  if (connectionString) {
    const stop = listenForActorChanges({ connectionString, cache, logger: app.log });
    app.addHook('onClose', stop);
  }
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? await findActorByApiToken({ db, clock, token: match[1]!, cache: readCache(request) }) : null;
      if (!actor) throw unauthenticated('The API token is not valid, has expired or was revoked.');
      request.actor = actor;
      return;
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!sessionToken) return;
    const actor = await findActorBySession({ db, clock, sessionToken, cache: readCache(request) });
    if (!actor) return;
    if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config.skipCsrf) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !actor.csrfToken || !safeEqual(sent, actor.csrfToken)) {
        throw new AppError(403, 'CSRF_TOKEN_INVALID', 'Send the X-CSRF-Token header from GET /api/v1/me with this request.');
      }
    }
    request.actor = actor;
  });
  return { forgetCallers: () => cache.clear() };
}

/**
 * Registered after idempotency (whose onSend commits a keyed request's work): a `changesActors`
 * route's answer leaves only after this process forgot its cached callers.
 */
export function registerActorChangeRoutes(app: FastifyInstance, forgetCallers: () => void): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.routeOptions.config.changesActors) forgetCallers();
    return payload;
  });
}

/** The caller, or a 401 when nobody is signed in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Sets or clears the session cookie with the flags every session cookie carries. */
export function setSessionCookie(reply: FastifyReply, value: string | null, opts: { secure: boolean; expires?: Date }): void {
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: opts.secure };
  if (value === null) reply.clearCookie(SESSION_COOKIE, base);
  else reply.setCookie(SESSION_COOKIE, value, { ...base, expires: opts.expires });
}
