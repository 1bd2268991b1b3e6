import { ListEventsQuerySchema, ListEventsResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { canReadEvents } from '../../../modules/events/event-policies';
import { listEvents } from '../../../modules/events/list-events';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The event feed integrations poll: oldest first from a cursor, the caller's organisation's events only. */
export const listEventsRoute: RouteModule = (app, { db }) => {
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: "Events about the caller's organisation's claims and associations (vendor staff: every event), oldest first",
        querystring: ListEventsQuerySchema,
        response: { 200: ListEventsResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReadEvents(actor)) throw forbidden('Only partner and vendor staff read events.');
      return listEvents({ db, actor, input: request.query });
    },
  );
};
