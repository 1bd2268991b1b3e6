import { ListLocationsResponseSchema } from '@associa/contracts';
import { listLocations } from '../../../modules/partners/list-locations';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The caller's own organisation's locations (MPN IDs) a claim can be made for; vendor staff have none. */
export const listLocationsRoute: RouteModule = (app, { db }) => {
  app.get(
    '/locations',
    { schema: { operationId: 'listLocations', tags: ['partners'], summary: "The caller's organisation's locations", response: { 200: ListLocationsResponseSchema, ...commonErrors } } },
    async (request) => ({ items: await listLocations({ db, actor: requireActor(request) }) }),
  );
};
