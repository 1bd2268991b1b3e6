import { ClaimHistoryResponseSchema, ClaimSchema, IdParamsSchema } from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { getClaimHistory } from '../../../modules/claims/get-claim-history';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The claim page: the claim, and its full history. */
export const getClaimRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/claims/:id',
    { schema: { tags: ['claims'], summary: 'One claim with lines, documents, comments and allowed actions', params: IdParamsSchema, response: { 200: ClaimSchema, ...commonErrors } } },
    async (request) => getClaim({ db, actor: requireActor(request), claimId: request.params.id, now: clock.now() }),
  );
  app.get(
    '/claims/:id/history',
    { schema: { tags: ['claims'], summary: "A claim's history, oldest first", params: IdParamsSchema, response: { 200: ClaimHistoryResponseSchema, ...commonErrors } } },
    async (request) => ({ items: await getClaimHistory({ db, actor: requireActor(request), claimId: request.params.id }) }),
  );
};
