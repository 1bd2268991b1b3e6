import { ListInvitationsQuerySchema, ListInvitationsResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listInvitations } from '../../../modules/people/list-invitations';
import { canManagePeople } from '../../../modules/people/people-policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The Users page's invitations: who was invited, by whom, and where each stands. */
export const listInvitationsRoute: RouteModule = (app, { db, clock }) => {
  app.get(
    '/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags: ['people'],
        summary: "List invitations (a partner admin's own organisation's; a program admin's everyone's)",
        querystring: ListInvitationsQuerySchema,
        response: { 200: ListInvitationsResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators see invitations.');
      return listInvitations({ db, clock, actor, input: request.query });
    },
  );
};
