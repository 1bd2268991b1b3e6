import { ClaimHistoryQuerySchema, ClaimHistoryResponseSchema, ClaimSchema, IdParamsSchema } from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { getClaimHistory } from '../../../modules/claims/get-claim-history';
import { exportClaimHistory } from '../../../modules/history/export-claim-history';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { historyFileContent, sendHistoryExport } from '../history/send-history-export';

/** The claim page: the claim, and its full history. */
export const getClaimRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/claims/:id',
    { schema: { operationId: 'getClaim', tags: ['claims'], summary: 'One claim with lines, documents, comments and allowed actions', params: IdParamsSchema, response: { 200: ClaimSchema, ...commonErrors } } },
    async (request) => getClaim({ db, actor: requireActor(request), claimId: request.params.id, now: clock.now() }),
  );
  app.get(
    '/claims/:id/history',
    {
      schema: {
        operationId: 'getClaimHistory',
        tags: ['claims'],
        summary: "A claim's history, oldest first; `format=ndjson|csv`: its hash-chained records (see exportHistory)",
        params: IdParamsSchema,
        querystring: ClaimHistoryQuerySchema,
        response: { 200: { description: 'The history, or its verifiable records', content: { 'application/json': { schema: ClaimHistoryResponseSchema }, ...historyFileContent } }, ...commonErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format } = request.query;
      if (format === 'json') return { items: await getClaimHistory({ db, actor, claimId: request.params.id }) };
      const rows = await exportClaimHistory({ db, actor, claimId: request.params.id });
      return sendHistoryExport(reply, { rows, format, name: `claim-${request.params.id}-history`, now: clock.now() });
    },
  );
};
