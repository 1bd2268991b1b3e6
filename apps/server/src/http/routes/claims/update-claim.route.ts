import { ClaimSchema, ErrorResponseSchema, IdParamsSchema, UpdateClaimRequestSchema } from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { updateClaim } from '../../../modules/claims/update-claim';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** "Save draft" at every wizard step; 409 CLAIM_NOT_EDITABLE once submitted. */
export const updateClaimRoute: RouteModule = (app, { db, clock }) => {
  app.patch(
    '/claims/:id',
    {
      schema: {
        operationId: 'updateClaim',
        tags: ['claims'],
        summary: 'Save a draft (fields present replace, null clears)',
        params: IdParamsSchema,
        body: UpdateClaimRequestSchema,
        response: { 200: ClaimSchema, ...commonErrors, 409: ErrorResponseSchema, 422: ErrorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateClaim({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
};
