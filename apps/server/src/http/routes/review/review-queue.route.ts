import { ClaimSchema, ErrorResponseSchema, IdParamsSchema, ReviewQueueQuerySchema, ReviewQueueResponseSchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { getClaim } from '../../../modules/claims/get-claim';
import { assignClaim } from '../../../modules/review/assign-claim';
import { listReviewQueue } from '../../../modules/review/list-review-queue';
import { isVendorStaff } from '../../../modules/users/policies';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The review console's queue, and taking a claim off it. */
export const reviewQueueRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/review/queue',
    { schema: { operationId: 'listReviewQueue', tags: ['review'], summary: 'Open claims, the one due soonest first (vendor staff)', querystring: ReviewQueueQuerySchema, response: { 200: ReviewQueueResponseSchema, ...commonErrors } } },
    async (request) => {
      const actor = requireActor(request);
      if (!isVendorStaff(actor)) throw forbidden('The review queue is for vendor staff.');
      return listReviewQueue({ db, actor, query: request.query, now: clock.now() });
    },
  );
  for (const [path, assign] of [['assign', true], ['unassign', false]] as const) {
    app.post(
      `/claims/:id/${path}`,
      { schema: { operationId: assign ? 'assignClaim' : 'unassignClaim', tags: ['review'], summary: assign ? 'Assign the claim to yourself' : 'Release the claim', params: IdParamsSchema, response: { 200: ClaimSchema, ...commonErrors, 409: ErrorResponseSchema } } },
      async (request) => {
        const actor = requireActor(request);
        await assignClaim({ db, clock, actor, claimId: request.params.id, assign });
        return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
      },
    );
  }
};
