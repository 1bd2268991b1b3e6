import { CreateLocationRequestSchema, ErrorResponseSchema, IdParamsSchema, PartnerLocationParamsSchema, PartnerLocationSchema, UpdateLocationRequestSchema } from '@associa/contracts';
import { createLocation } from '../../../modules/partners/create-location';
import { updateLocation } from '../../../modules/partners/update-location';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { requirePartnerManager } from './require-partner-manager';

/** The program admin adds a partner's locations (MPN IDs) and changes them and their program enrolments. */
export const partnerLocationRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/partners/:id/locations',
    {
      schema: {
        operationId: 'createPartnerLocation',
        tags: ['partners'],
        summary: "Add a location to a partner, with its MPN ID and program enrolments (program admin)",
        params: IdParamsSchema,
        body: CreateLocationRequestSchema,
        response: { 201: PartnerLocationSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePartnerManager(request);
      const location = await createLocation({ db, clock, actor, partnerId: request.params.id, input: request.body, meta: { ip: request.ip } });
      return reply.code(201).send(location);
    },
  );
  app.patch(
    '/partners/:id/locations/:locationId',
    {
      schema: {
        operationId: 'updatePartnerLocation',
        tags: ['partners'],
        summary: "Change a partner's location; enrolledPrograms replaces the set (program admin)",
        params: PartnerLocationParamsSchema,
        body: UpdateLocationRequestSchema,
        response: { 200: PartnerLocationSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requirePartnerManager(request);
      const { id, locationId } = request.params;
      return updateLocation({ db, clock, actor, partnerId: id, locationId, input: request.body, meta: { ip: request.ip } });
    },
  );
};
