import { OutboxQuerySchema, OutboxResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listOutbox } from '../../../modules/notifications/list-outbox';
import { allowedActionsFor } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The program admin's view of every e-mail: what was sent, what waits in the outbox, what failed. */
export const listOutboxRoute: RouteModule = (app, { db, config }) => {
  app.get(
    '/admin/outbox',
    { schema: { operationId: 'listOutbox', tags: ['admin'], summary: 'E-mails sent and kept in the outbox (program admin)', querystring: OutboxQuerySchema, response: { 200: OutboxResponseSchema, ...commonErrors } } },
    async (request) => {
      if (!allowedActionsFor(requireActor(request)).includes('outbox.read')) throw forbidden('The outbox is for program admins.');
      return listOutbox({ db, query: request.query, relay: Boolean(config.smtpUrl) });
    },
  );
};
