import { ChangePasswordRequestSchema, ErrorResponseSchema, Limits } from '@associa/contracts';
import { z } from 'zod';
import { rotateSession } from '../../../modules/auth/rotate-session';
import { changePassword } from '../../../modules/people/change-password';
import { requireActor, SESSION_COOKIE, setSessionCookie } from '../../auth';
import { inOneTransaction } from '../../request-transaction';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/**
 * A signed-in user changes their own password; their other sessions end and this one is replaced
 * by a new session id (the new cookie comes with the answer; the CSRF token stays), in one transaction.
 */
export const changePasswordRoute: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/me/password',
    {
      config: {
        changesActors: true,
        // Each attempt checks the current password: limited per person, as sign-in is.
        rateLimit: {
          max: Limits.passwordChangeAttemptsPerWindow,
          windowMs: Limits.loginWindowMinutes * 60 * 1000,
          what: 'password change attempts',
          key: (req) => (req.actor ? `user:${req.actor.userId}` : `ip:${req.ip}`),
        },
      },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change your own password (proving the current one); your other sessions end, this one gets a new id',
        description: '400 with WRONG_PASSWORD on currentPassword, or WEAK_PASSWORD on newPassword.',
        body: ChangePasswordRequestSchema,
        response: { 204: z.undefined(), ...commonErrors, 429: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const currentSessionToken = actor.via === 'session' ? (request.cookies[SESSION_COOKIE] ?? null) : null;
      const rotated = await inOneTransaction(db, async () => {
        await changePassword({ db, clock, actor, input: request.body, currentSessionToken, ip: request.ip });
        return currentSessionToken ? rotateSession({ db, clock, sessionToken: currentSessionToken }) : null;
      });
      if (rotated) setSessionCookie(reply, rotated.sessionToken, { secure: config.cookieSecure, expires: rotated.expiresAt });
      return reply.code(204).send();
    },
  );
};
