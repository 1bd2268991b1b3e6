import { CreateApiTokenRequestSchema, CreateApiTokenResponseSchema, ErrorResponseSchema } from '@associa/contracts';
import { AppError, forbidden } from '../../../lib/errors';
import { createApiToken } from '../../../modules/tokens/create-api-token';
import { canManageApiTokens } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Integrations get a bearer token here; the secret is in this answer only. */
export const createTokenRoute: RouteModule = (app, { db, clock }) => {
  app.post(
    '/tokens',
    {
      schema: {
        operationId: 'createToken',
        tags: ['tokens'],
        summary: 'Create an API token (the secret is shown once)',
        body: CreateApiTokenRequestSchema,
        response: { 201: CreateApiTokenResponseSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManageApiTokens(actor)) throw forbidden('Only administrators manage API tokens.');
      if (actor.via === 'token') throw new AppError(403, 'TOKEN_CANNOT_CREATE_TOKEN', 'An API token cannot create API tokens: sign in to create one.');
      const created = await createApiToken({ db, clock, actor, input: request.body });
      return reply.code(201).send(created);
    },
  );
};
