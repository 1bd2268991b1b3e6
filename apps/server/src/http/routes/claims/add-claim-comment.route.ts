import { AddClaimCommentRequestSchema, ClaimCommentSchema, IdParamsSchema } from '@associa/contracts';
import { addClaimComment } from '../../../modules/claims/add-claim-comment';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** A note on the claim for the other side; allowed before and after submit. */
export const addClaimCommentRoute: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims/:id/comments',
    { schema: { operationId: 'addClaimComment', tags: ['claims'], summary: 'Add a comment', params: IdParamsSchema, body: AddClaimCommentRequestSchema, response: { 201: ClaimCommentSchema, ...commonErrors } } },
    async (request, reply) => {
      const comment = await addClaimComment({ db, clock, actor: requireActor(request), claimId: request.params.id, body: request.body.body });
      return reply.code(201).send(comment);
    },
  );
};
