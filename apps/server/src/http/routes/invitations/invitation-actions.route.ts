import { ErrorResponseSchema, IdParamsSchema, InvitationSchema } from '@associa/contracts';
import { z } from 'zod';
import { forbidden } from '../../../lib/errors';
import { canManagePeople } from '../../../modules/people/people-policies';
import { resendInvitation } from '../../../modules/people/resend-invitation';
import { revokeInvitation } from '../../../modules/people/revoke-invitation';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

const schema = { params: IdParamsSchema, body: z.strictObject({}).optional(), response: { 200: InvitationSchema, ...commonErrors, 409: ErrorResponseSchema } };

/** An administrator sends a pending invitation again (new link, new expiry) or withdraws it. */
export const invitationActionRoutes: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/invitations/:id/resend',
    { schema: { ...schema, operationId: 'resendInvitation', tags: ['people'], summary: 'Send an invitation again: a new link and a new 7-day expiry; the old link stops working' } },
    async (request) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators manage invitations.');
      return resendInvitation({ db, clock, config, actor, invitationId: request.params.id, ip: request.ip });
    },
  );
  app.post(
    '/invitations/:id/revoke',
    { schema: { ...schema, operationId: 'revokeInvitation', tags: ['people'], summary: 'Withdraw a pending invitation' } },
    async (request) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators manage invitations.');
      return revokeInvitation({ db, clock, actor, invitationId: request.params.id, ip: request.ip });
    },
  );
};
