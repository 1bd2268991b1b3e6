import { IdParamsSchema } from '@associa/contracts';
import { z } from 'zod';
import { forbidden } from '../../../lib/errors';
import { revokeApiToken } from '../../../modules/tokens/revoke-api-token';
import { canManageApiTokens } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Revokes a token at once, for a leaked secret or a retired integration. */
export const revokeTokenRoute: RouteModule = (app, { db, clock }) => {
  app.delete(
    '/tokens/:id',
    { config: { changesActors: true }, schema: { operationId: 'revokeToken', tags: ['tokens'], summary: 'Revoke an API token', params: IdParamsSchema, response: { 204: z.undefined(), ...commonErrors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManageApiTokens(actor)) throw forbidden('Only administrators manage API tokens.');
      await revokeApiToken({ db, clock, actor, tokenId: request.params.id });
      return reply.code(204).send();
    },
  );
};
