import { ClaimSchema, CreateClaimRequestSchema, ErrorResponseSchema } from '@associa/contracts';
import { createClaim } from '../../../modules/claims/create-claim';
import { getClaim } from '../../../modules/claims/get-claim';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The wizard's first "Continue": a draft for one of the caller's locations. */
export const createClaimRoute: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims',
    {
      schema: {
        operationId: 'createClaim',
        tags: ['claims'],
        summary: 'Create a draft claim (only the location is required)',
        body: CreateClaimRequestSchema,
        response: { 201: ClaimSchema, ...commonErrors, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createClaim({ db, clock, actor, input: request.body });
      return reply.code(201).header('location', `/api/v1/claims/${id}`).send(await getClaim({ db, actor, claimId: id, now: clock.now() }));
    },
  );
};
