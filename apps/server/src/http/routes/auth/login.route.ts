import { ErrorResponseSchema, Limits, LoginRequestSchema, MeResponseSchema } from '@associa/contracts';
import { AppError } from '../../../lib/errors';
import { login } from '../../../modules/auth/login';
import { presentMe } from '../../../modules/users/present-me';
import { setSessionCookie } from '../../auth';
import type { RouteModule } from '../../types';

/** Web sign-in: e-mail and password open a session cookie. Rate-limited per address and e-mail. */
export const loginRoute: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: LoginRequestSchema,
        response: { 200: MeResponseSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
      config: {
        skipCsrf: true,
        rateLimit: {
          max: Limits.loginAttemptsPerWindow,
          timeWindow: Limits.loginWindowMinutes * 60 * 1000,
          keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
          errorResponseBuilder: (_req, ctx) =>
            new AppError(429, 'RATE_LIMITED', `Too many sign-in attempts. Try again in ${Math.ceil(ctx.ttl / 1000)} seconds.`),
        },
      },
    },
    async (request, reply) => {
      const { sessionToken, expiresAt, actor } = await login({
        db,
        clock,
        input: request.body,
        meta: { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
      });
      setSessionCookie(reply, sessionToken, { secure: config.cookieSecure, expires: expiresAt });
      return presentMe(actor);
    },
  );
};
