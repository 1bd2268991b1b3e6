import {
  CreatePartnerRequestSchema,
  ErrorResponseSchema,
  IdParamsSchema,
  ListPartnersQuerySchema,
  ListPartnersResponseSchema,
  PartnerSchema,
  UpdatePartnerRequestSchema,
} from '@associa/contracts';
import { createPartner } from '../../../modules/partners/create-partner';
import { getPartner } from '../../../modules/partners/get-partner';
import { listPartners } from '../../../modules/partners/list-partners';
import { updatePartner } from '../../../modules/partners/update-partner';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { requirePartnerManager } from './require-partner-manager';

/** The program admin's partner organisations: find, onboard, look at, rename, suspend and reactivate. */
export const partnerRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/partners',
    {
      schema: {
        operationId: 'listPartners',
        tags: ['partners'],
        summary: 'List partner organisations: search by name or MPN ID, filter by status, cursor pages (program admin)',
        querystring: ListPartnersQuerySchema,
        response: { 200: ListPartnersResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      requirePartnerManager(request);
      return listPartners({ db, input: request.query });
    },
  );
  app.post(
    '/partners',
    {
      schema: {
        operationId: 'createPartner',
        tags: ['partners'],
        summary: 'Create a partner organisation (program admin)',
        body: CreatePartnerRequestSchema,
        response: { 201: PartnerSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePartnerManager(request);
      const partner = await createPartner({ db, clock, actor, input: request.body, meta: { ip: request.ip } });
      return reply.code(201).header('location', `/api/v1/partners/${partner.id}`).send(partner);
    },
  );
  app.get(
    '/partners/:id',
    {
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: 'A partner organisation with its locations, enrolments and users (program admin)',
        params: IdParamsSchema,
        response: { 200: PartnerSchema, ...commonErrors },
      },
    },
    async (request) => {
      requirePartnerManager(request);
      return getPartner({ db, partnerId: request.params.id });
    },
  );
  app.patch(
    '/partners/:id',
    {
      config: { changesActors: true },
      schema: {
        operationId: 'updatePartner',
        tags: ['partners'],
        summary: 'Rename, move, suspend or reactivate a partner organisation (program admin)',
        params: IdParamsSchema,
        body: UpdatePartnerRequestSchema,
        response: { 200: PartnerSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requirePartnerManager(request);
      return updatePartner({ db, clock, actor, partnerId: request.params.id, input: request.body, meta: { ip: request.ip } });
    },
  );
};
