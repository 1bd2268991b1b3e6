import { type UsageGrowth, UsageDashboardQuerySchema, UsageDashboardSchema, UsageGrowthListSchema, UsageGrowthQuerySchema } from '@associa/contracts';
import { stringify } from 'csv-stringify';
import { forbidden } from '../../../lib/errors';
import { csvSafe } from '../../../modules/claims/export-claims';
import { getUsageDashboard } from '../../../modules/usage/get-usage-dashboard';
import { listUsageGrowth } from '../../../modules/usage/list-usage-growth';
import { canReadUsageDashboard } from '../../../modules/usage/usage-policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { jsonOrCsvResponse } from '../media-types';
import type { RouteModule } from '../../types';

const COLUMNS = ['partner', 'program', 'tenantId', 'tenantName', 'productCode', 'subscriptionId', 'startedAt', 'startMonth', 'startActiveUsers', 'latestMonth', 'latestActiveUsers', 'change', 'changePercent', 'associationId'];

const csvRow = (g: UsageGrowth) =>
  [g.organisation.name, g.program, g.tenantId, g.tenantName, g.productCode, g.subscriptionId, g.startedAt, g.startMonth, g.startActiveUsers, g.latestMonth, g.latestActiveUsers, g.change, g.changePercent, g.associationId].map((v) =>
    csvSafe(v === null ? '' : String(v)),
  );

/** Growth since each association's start: the partner's usage overview, and the vendor's program dashboard with its CSV. */
export const usageGrowthRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/usage/growth',
    { schema: { operationId: 'listUsageGrowth', tags: ['usage'], summary: "Each readable active association's active users in its start month and its latest month", querystring: UsageGrowthQuerySchema, response: { 200: UsageGrowthListSchema, ...commonErrors } } },
    async (request) => listUsageGrowth({ db, clock, actor: requireActor(request), input: request.query }),
  );
  app.get(
    '/admin/usage-dashboard',
    {
      schema: {
        operationId: 'getUsageDashboard',
        tags: ['admin', 'usage'],
        summary: 'Program dashboard (vendor staff): active associations, active users under association by month, growth per association; `format=csv` exports the growth',
        querystring: UsageDashboardQuerySchema,
        response: { 200: jsonOrCsvResponse(UsageDashboardSchema, 'The dashboard, or (format=csv) the growth per association as CSV'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canReadUsageDashboard(actor)) throw forbidden('The usage dashboard is for vendor staff.');
      const { format, ...input } = request.query;
      const dashboard = await getUsageDashboard({ db, clock, actor, input, kind: format === 'csv' ? 'EXPORT' : 'LIST' });
      if (format === 'json') return dashboard;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="usage-growth-${input.from}-${input.to}.csv"`)
        .send(stringify(dashboard.growth.map(csvRow), { header: true, columns: COLUMNS, bom: true }));
    },
  );
};
