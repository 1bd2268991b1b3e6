import { ErrorResponseSchema, LinkTokenParamsSchema, Limits, PasswordResetRequestedSchema, RequestPasswordResetSchema, ResetPasswordRequestSchema } from '@associa/contracts';
import { z } from 'zod';
import { requestPasswordReset } from '../../../modules/people/request-password-reset';
import { resetPassword } from '../../../modules/people/reset-password';
import { accountLinkRouteOptions } from '../../account-link-limits';
import type { RouteModule } from '../../types';

const ANSWER = { message: 'If an account uses this address, a link to choose a new password is on its way. It works for one hour.' };

/** A forgotten password: ask for a link by e-mail, then set a new password with it. No sign-in. */
export const passwordResetRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/auth/password-reset',
    {
      ...accountLinkRouteOptions(app, { what: 'password reset requests', perTarget: Limits.passwordResetRequestsPerEmail, target: (r) => `reset-email:${String((r.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}` }),
      schema: {
        operationId: 'requestPasswordReset',
        tags: ['auth'],
        summary: 'Ask for a password reset link by e-mail',
        description: 'Answers the same 202 whether or not the address has an account.',
        security: [],
        body: RequestPasswordResetSchema,
        response: { 202: PasswordResetRequestedSchema, 400: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset({ db, input: request.body, ip: request.ip });
      return reply.code(202).send(ANSWER);
    },
  );
  app.post(
    '/auth/password-reset/:token',
    {
      ...accountLinkRouteOptions(app, { what: 'attempts with this link', perTarget: Limits.accountLinkAttemptsPerLink, target: (r) => `reset:${(r.params as { token: string }).token}` }),
      schema: {
        operationId: 'resetPassword',
        tags: ['auth'],
        summary: 'Set a new password with a reset link; every session of the account ends',
        description: '404 PASSWORD_RESET_INVALID, 409 PASSWORD_RESET_USED, 410 PASSWORD_RESET_EXPIRED; 400 with WEAK_PASSWORD when the password is too easy to guess.',
        security: [],
        params: LinkTokenParamsSchema,
        body: ResetPasswordRequestSchema,
        response: { 204: z.undefined(), 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 410: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      await resetPassword({ db, clock, token: request.params.token, input: request.body, ip: request.ip });
      return reply.code(204).send();
    },
  );
};
