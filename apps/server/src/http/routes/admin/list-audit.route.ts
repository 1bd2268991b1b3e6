import { ListAuditQuerySchema, ListAuditResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listAuditLog } from '../../../modules/audit/list-audit-log';
import { canReadAuditLog } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The program admin's record of every administrative action: who did what to which object, when, from where. */
export const listAuditRoute: RouteModule = (app, { db }) => {
  app.get(
    '/admin/audit',
    { schema: { operationId: 'listAuditEntries', tags: ['admin'], summary: 'The audit log, newest first, with filters (program admin)', querystring: ListAuditQuerySchema, response: { 200: ListAuditResponseSchema, ...commonErrors } } },
    async (request) => {
      if (!canReadAuditLog(requireActor(request))) throw forbidden('The audit log is for program admins.');
      return listAuditLog({ db, input: request.query });
    },
  );
};
