import { ClaimConflictsResponseSchema, IdParamsSchema } from '@associa/contracts';
import { getClaimConflicts } from '../../../modules/review/get-claim-conflicts';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The reviewer's side-by-side view of a contested claim and its rivals. */
export const claimConflictsRoute: RouteModule = (app, { db }) => {
  app.get(
    '/review/claims/:id/conflicts',
    { schema: { operationId: 'listClaimConflicts', tags: ['review'], summary: 'Claims contesting the same keys, most recent PoE first (vendor staff)', params: IdParamsSchema, response: { 200: ClaimConflictsResponseSchema, ...commonErrors } } },
    async (request) => getClaimConflicts({ db, actor: requireActor(request), claimId: request.params.id }),
  );
};
