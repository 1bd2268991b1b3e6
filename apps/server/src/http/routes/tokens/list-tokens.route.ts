import { ListApiTokensResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listApiTokens } from '../../../modules/tokens/list-api-tokens';
import { canManageApiTokens } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The organisation's API tokens, without secrets, for the admin's token page. */
export const listTokensRoute: RouteModule = (app, { db }) => {
  app.get(
    '/tokens',
    { schema: { operationId: 'listTokens', tags: ['tokens'], summary: "List the organisation's API tokens", response: { 200: ListApiTokensResponseSchema, ...commonErrors } } },
    async (request) => {
      const actor = requireActor(request);
      if (!canManageApiTokens(actor)) throw forbidden('Only administrators manage API tokens.');
      return { items: await listApiTokens({ db, actor }) };
    },
  );
};
