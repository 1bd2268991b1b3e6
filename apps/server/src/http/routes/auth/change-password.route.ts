import { ChangePasswordRequestSchema, ErrorResponseSchema, Limits } from '@associa/contracts';
import { z } from 'zod';
import { changePassword } from '../../../modules/people/change-password';
import { rateLimited } from '../../account-link-limits';
import { requireActor, SESSION_COOKIE } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** A signed-in user changes their own password; their other sessions end, this one stays. */
export const changePasswordRoute: RouteModule = (app, { db, clock }) => {
  app.post(
    '/me/password',
    {
      config: {
        // Each attempt checks the current password: limited per person, as sign-in is.
        rateLimit: {
          max: Limits.passwordChangeAttemptsPerWindow,
          timeWindow: Limits.loginWindowMinutes * 60 * 1000,
          keyGenerator: (req) => req.actor?.userId ?? req.ip,
          errorResponseBuilder: (_req, ctx) => rateLimited('password change attempts', ctx.ttl),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (proving the current one); your other sessions end',
        description: '400 with WRONG_PASSWORD on currentPassword, or WEAK_PASSWORD on newPassword.',
        body: ChangePasswordRequestSchema,
        response: { 204: z.undefined(), ...commonErrors, 429: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const currentSessionToken = actor.via === 'session' ? (request.cookies[SESSION_COOKIE] ?? null) : null;
      await changePassword({ db, clock, actor, input: request.body, currentSessionToken, ip: request.ip });
      return reply.code(204).send();
    },
  );
};
