import { Readable } from 'node:stream';
import { AssociationSchema, EndAssociationRequestSchema, ErrorResponseSchema, IdParamsSchema, ListAssociationsQuerySchema, ListAssociationsResponseSchema } from '@associa/contracts';
import { stringify } from 'csv-stringify';
import { endAssociationByPartner } from '../../../modules/associations/end-association-by-partner';
import { exportAssociations, getAssociation, listAssociations } from '../../../modules/associations/list-associations';
import { csvSafe } from '../../../modules/claims/export-claims';
import { notFound } from '../../../lib/errors';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { fileResponse } from '../media-types';
import type { RouteModule } from '../../types';

const COLUMNS = ['id', 'status', 'program', 'partner', 'mpnId', 'location', 'customerName', 'domain', 'tenantId', 'product', 'subscriptionId', 'subscriptionEndDate', 'startedAt', 'endedAt', 'endReason', 'endMessage', 'claimId'];

/** Associations: the list (own for partners, all for the vendor), its CSV export, and ending one. */
export const associationRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/associations',
    { schema: { operationId: 'listAssociations', tags: ['associations'], summary: 'List associations: filters, search, cursor pages', querystring: ListAssociationsQuerySchema, response: { 200: ListAssociationsResponseSchema, ...commonErrors } } },
    async (request) => listAssociations({ db, actor: requireActor(request), query: request.query }),
  );
  app.get(
    '/associations/export',
    { schema: { operationId: 'exportAssociations', tags: ['associations'], summary: 'Export the filtered associations as CSV', querystring: ListAssociationsQuerySchema.omit({ cursor: true, limit: true }), response: { 200: fileResponse('The associations as CSV', ['text/csv']), ...commonErrors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const rows = Readable.from(
        (async function* () {
          for await (const a of exportAssociations({ db, actor, query: request.query })) {
            yield [a.id, a.status, a.program, a.partnerName, a.location.mpnId, a.location.name, a.customer.name, a.customer.domain, a.customer.tenantId, a.productCode, a.subscriptionId, a.subscriptionEndDate, a.startedAt, a.endedAt, a.endReason, a.endMessage, a.claimId].map((v) => csvSafe(v));
          }
        })(),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="associations-${clock.now().toISOString().slice(0, 10)}.csv"`)
        .send(rows.pipe(stringify({ header: true, columns: COLUMNS, bom: true })));
    },
  );
  app.post(
    '/associations/:id/end',
    {
      schema: {
        operationId: 'endAssociation',
        tags: ['associations'],
        summary: 'The partner disassociates from one key, with a reason',
        params: IdParamsSchema,
        body: EndAssociationRequestSchema,
        response: { 200: AssociationSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await endAssociationByPartner({ db, clock, actor, associationId: request.params.id, message: request.body.message });
      const found = await getAssociation({ db, actor, id: request.params.id });
      if (!found) throw notFound('The association');
      return found;
    },
  );
};
