import { Readable } from 'node:stream';
import { ListClaimsQuerySchema, ListClaimsResponseSchema } from '@associa/contracts';
import { stringify } from 'csv-stringify';
import { csvSafe, exportClaims } from '../../../modules/claims/export-claims';
import { listClaims } from '../../../modules/claims/list-claims';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { fileResponse } from '../media-types';
import type { RouteModule } from '../../types';

const COLUMNS = ['id', 'name', 'status', 'mpnId', 'location', 'customerName', 'domain', 'tenantId', 'solutionArea', 'programs', 'products', 'createdAt', 'submittedAt', 'updatedAt'];

/** The associations page's list, and the same list as a streamed CSV download. */
export const listClaimsRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/claims',
    { schema: { operationId: 'listClaims', tags: ['claims'], summary: 'List claims: filters, search, sort, cursor pages', querystring: ListClaimsQuerySchema, response: { 200: ListClaimsResponseSchema, ...commonErrors } } },
    async (request) => listClaims({ db, actor: requireActor(request), query: request.query }),
  );
  app.get(
    '/claims/export',
    { schema: { operationId: 'exportClaims', tags: ['claims'], summary: 'Export the filtered claims list as CSV', querystring: ListClaimsQuerySchema.omit({ cursor: true, limit: true }), response: { 200: fileResponse('The claims as CSV', ['text/csv']), ...commonErrors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const rows = Readable.from(
        (async function* () {
          for await (const c of exportClaims({ db, actor, query: request.query })) {
            yield [c.id, c.name, c.status, c.location.mpnId, c.location.name, c.customer.name, c.customer.domain, c.customer.tenantId, c.solutionArea, c.programs.join(' '), c.products.join(' '), c.createdAt, c.submittedAt, c.updatedAt].map((v) =>
              csvSafe(v),
            );
          }
        })(),
      );
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="customer-associations-${stamp}.csv"`)
        .send(rows.pipe(stringify({ header: true, columns: COLUMNS, bom: true })));
    },
  );
};
