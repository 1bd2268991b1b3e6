import { CreateInvitationRequestSchema, ErrorResponseSchema, InvitationSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { createInvitation } from '../../../modules/people/create-invitation';
import { canManagePeople } from '../../../modules/people/people-policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** An administrator invites someone; the invitee gets an e-mail with a link to accept. */
export const createInvitationRoute: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags: ['people'],
        summary: 'Invite someone into an organisation as a role (e-mails them a link)',
        description: 'Program admins invite vendor staff into the vendor and partner staff into any partner; partner admins PARTNER_ADMIN or PARTNER_USER into their own organisation. 409 EMAIL_TAKEN when the address has an account, INVITATION_PENDING when it has a pending invitation.',
        body: CreateInvitationRequestSchema,
        response: { 201: InvitationSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canManagePeople(actor)) throw forbidden('Only administrators invite people.');
      const invitation = await createInvitation({ db, clock, config, actor, input: request.body, ip: request.ip });
      return reply.code(201).send(invitation);
    },
  );
};
