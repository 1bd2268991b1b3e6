import { Readable } from 'node:stream';
import { AssociationUsageQuerySchema, IdParamsSchema, ListUsageAccessQuerySchema, ListUsageAccessResponseSchema, ListUsageQuerySchema, UsagePageSchema } from '@associa/contracts';
import { stringify } from 'csv-stringify';
import { forbidden } from '../../../lib/errors';
import { csvSafe } from '../../../modules/claims/export-claims';
import { exportUsage } from '../../../modules/usage/export-usage';
import { listAssociationUsage } from '../../../modules/usage/list-association-usage';
import { listUsage } from '../../../modules/usage/list-usage';
import { listUsageAccessLog } from '../../../modules/usage/list-usage-access-log';
import { accessLogScopeFor } from '../../../modules/usage/usage-policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { jsonOrCsvResponse } from '../media-types';
import type { RouteModule } from '../../types';

const COLUMNS = ['tenantId', 'tenantName', 'productCode', 'subscriptionId', 'month', 'licensedSeats', 'activeUsers'];

/** Usage data as an association unlocks it (list, CSV export, one association's months), and the log of who read it. */
export const usageRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/usage',
    {
      schema: {
        operationId: 'listUsage',
        tags: ['usage'],
        summary: 'Usage the caller may read (partners: through active associations, from their start month); `format=csv` exports every page',
        querystring: ListUsageQuerySchema,
        response: { 200: jsonOrCsvResponse(UsagePageSchema, 'A page of usage, or (format=csv) every page as CSV'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format, cursor: _cursor, limit: _limit, ...filters } = request.query;
      if (format === 'json') return listUsage({ db, clock, actor, input: request.query });
      const source = exportUsage({ db, clock, actor, input: filters });
      // The first step writes the access entry: a read that cannot be logged fails before any byte is sent.
      const first = await source.next();
      const rows = Readable.from(
        (async function* () {
          for (let r = first; !r.done; r = await source.next()) {
            const u = r.value;
            yield [u.tenantId, u.tenantName, u.productCode, u.subscriptionId, u.month, String(u.licensedSeats), String(u.activeUsers)].map((v) => csvSafe(v));
          }
        })(),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="usage-${clock.now().toISOString().slice(0, 10)}.csv"`)
        .send(rows.pipe(stringify({ header: true, columns: COLUMNS, bom: true })));
    },
  );
  app.get(
    '/associations/:id/usage',
    { schema: { operationId: 'listAssociationUsage', tags: ['usage'], summary: 'The months of usage one association gives access to', params: IdParamsSchema, querystring: AssociationUsageQuerySchema, response: { 200: UsagePageSchema, ...commonErrors } } },
    async (request) => listAssociationUsage({ db, clock, actor: requireActor(request), input: { ...request.query, associationId: request.params.id } }),
  );
  app.get(
    '/usage/access-log',
    { schema: { operationId: 'listUsageAccessLog', tags: ['usage'], summary: 'Who read which usage, when and how (vendor staff: all; partner admins: their own organisation)', querystring: ListUsageAccessQuerySchema, response: { 200: ListUsageAccessResponseSchema, ...commonErrors } } },
    async (request) => {
      const scope = accessLogScopeFor(requireActor(request));
      if (!scope) throw forbidden('The usage access log is for vendor staff and partner admins.');
      return listUsageAccessLog({ db, scope, input: request.query });
    },
  );
};
