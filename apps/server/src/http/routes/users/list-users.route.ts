import { ListUsersQuerySchema, ListUsersResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listUsers } from '../../../modules/people/list-users';
import { canManagePeople } from '../../../modules/people/people-policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The Users page: a partner admin's own organisation's people, a program admin's everyone (filtered). */
export const listUsersRoute: RouteModule = (app, { db }) => {
  app.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['people'],
        summary: "List users (a partner admin's own organisation's; a program admin's everyone's, filterable)",
        querystring: ListUsersQuerySchema,
        response: { 200: ListUsersResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators manage users.');
      return listUsers({ db, actor, input: request.query });
    },
  );
};
