import { ErrorResponseSchema, LoginRequestSchema, MeResponseSchema } from '@associa/contracts';
import { login } from '../../../modules/auth/login';
import { createLoginThrottle } from '../../../modules/auth/login-throttle';
import { presentMe } from '../../../modules/users/present-me';
import { SESSION_COOKIE, setSessionCookie } from '../../auth';
import { unscopedDb } from '../../request-transaction';
import type { RouteModule } from '../../types';

/**
 * Web sign-in: e-mail and password open a new session cookie (any session the browser carried
 * ends). Failures lock the e-mail address (429 LOGIN_LOCKED) and slow the client address down
 * (429 RATE_LIMITED), counted in PostgreSQL for every API process.
 */
export const loginRoute: RouteModule = (app, { db, clock, config }) => {
  // Counted on the process's pool, so a failure still counts when the request's own work rolls back.
  const throttle = createLoginThrottle(unscopedDb(db), { failuresPerIp: config.loginFailuresPerIp });
  app.post(
    '/auth/login',
    {
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description: '401 INVALID_CREDENTIALS (the same for an unknown address); 429 LOGIN_LOCKED after repeated failures for the address, RATE_LIMITED after many from the client address, with Retry-After.',
        security: [],
        body: LoginRequestSchema,
        response: { 200: MeResponseSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
      config: { skipCsrf: true, changesActors: true },
    },
    async (request, reply) => {
      const { sessionToken, expiresAt, actor } = await login({
        db,
        clock,
        input: request.body,
        meta: { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
        throttle,
        previousSessionToken: request.cookies[SESSION_COOKIE] ?? null,
      });
      setSessionCookie(reply, sessionToken, { secure: config.cookieSecure, expires: expiresAt });
      return presentMe(actor);
    },
  );
};
