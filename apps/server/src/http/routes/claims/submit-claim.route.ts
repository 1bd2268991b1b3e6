import { ClaimSchema, ErrorResponseSchema, IdParamsSchema } from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { submitClaim } from '../../../modules/claims/submit-claim';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** "Submit claim": 422 with every problem, or UNDER_REVIEW; from then on the claim can't be edited. */
export const submitClaimRoute: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims/:id/submit',
    {
      schema: {
        operationId: 'submitClaim',
        tags: ['claims'],
        summary: 'Submit a draft for review',
        params: IdParamsSchema,
        response: { 200: ClaimSchema, ...commonErrors, 409: ErrorResponseSchema, 422: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await submitClaim({ db, clock, actor, claimId: request.params.id });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
};
