import { ListTenantsQuerySchema, ListTenantsResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { listTenants } from '../../../modules/directory/list-tenants';
import { canReadDirectory } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The vendor's customer directory search; partners never browse other customers. */
export const listTenantsRoute: RouteModule = (app, { db }) => {
  app.get(
    '/tenants',
    { schema: { operationId: 'listTenants', tags: ['directory'], summary: 'Search customer tenants (vendor staff)', querystring: ListTenantsQuerySchema, response: { 200: ListTenantsResponseSchema, ...commonErrors } } },
    async (request) => {
      if (!canReadDirectory(requireActor(request))) throw forbidden('The customer directory is for vendor staff.');
      return listTenants({ db, query: request.query });
    },
  );
};
