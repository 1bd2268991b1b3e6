import { ErrorResponseSchema, IdParamsSchema } from '@associa/contracts';
import { z } from 'zod';
import { deleteClaim } from '../../../modules/claims/delete-claim';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Throws a draft away; a submitted claim answers 409 CLAIM_NOT_EDITABLE. */
export const deleteClaimRoute: RouteModule = (app, { db, clock }) => {
  app.delete(
    '/claims/:id',
    { schema: { operationId: 'deleteClaim', tags: ['claims'], summary: 'Delete a draft', params: IdParamsSchema, response: { 204: z.undefined(), ...commonErrors, 409: ErrorResponseSchema } } },
    async (request, reply) => {
      await deleteClaim({ db, clock, actor: requireActor(request), claimId: request.params.id });
      return reply.code(204).send();
    },
  );
};
