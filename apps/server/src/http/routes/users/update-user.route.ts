import { ErrorResponseSchema, IdParamsSchema, ManagedUserSchema, UpdateUserRequestSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { canManagePeople } from '../../../modules/people/people-policies';
import { updateUser } from '../../../modules/people/update-user';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** An administrator changes someone's role or (de)activates them; a deactivated user's sessions and tokens stop at once. */
export const updateUserRoute: RouteModule = (app, { db, clock }) => {
  app.patch(
    '/users/:id',
    {
      config: { changesActors: true },
      schema: {
        operationId: 'updateUser',
        tags: ['people'],
        summary: "Change a user's role, or deactivate or reactivate them",
        description: "409 LAST_ADMIN when the change would leave the organisation without an active admin (PARTNER_ADMIN in a partner, PROGRAM_ADMIN in the vendor).",
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: { 200: ManagedUserSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators manage users.');
      return updateUser({ db, clock, actor, userId: request.params.id, input: request.body, ip: request.ip });
    },
  );
};
