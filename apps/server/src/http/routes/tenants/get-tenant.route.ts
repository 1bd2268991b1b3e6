import { TenantParamsSchema, TenantSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { getTenant } from '../../../modules/directory/get-tenant';
import { canReadDirectory } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** One tenant with domains and subscriptions, for reviewers checking a claim. */
export const getTenantRoute: RouteModule = (app, { db }) => {
  app.get(
    '/tenants/:id',
    { schema: { operationId: 'getTenant', tags: ['directory'], summary: 'A customer tenant with domains and subscriptions (vendor staff)', params: TenantParamsSchema, response: { 200: TenantSchema, ...commonErrors } } },
    async (request) => {
      if (!canReadDirectory(requireActor(request))) throw forbidden('The customer directory is for vendor staff.');
      return getTenant({ db, tenantId: request.params.id });
    },
  );
};
