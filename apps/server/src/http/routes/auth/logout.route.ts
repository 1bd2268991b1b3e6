import { z } from 'zod';
import { logout } from '../../../modules/auth/logout';
import { SESSION_COOKIE, setSessionCookie } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Web sign-out: ends the session, if any, and clears the cookie; idempotent. */
export const logoutRoute: RouteModule = (app, { db, config }) => {
  app.post(
    '/auth/logout',
    { config: { changesActors: true }, schema: { operationId: 'logout', tags: ['auth'], summary: 'Sign out of the web session', response: { 204: z.undefined(), ...commonErrors } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout({ db, sessionToken: token });
      setSessionCookie(reply, null, { secure: config.cookieSecure });
      return reply.code(204).send();
    },
  );
};
