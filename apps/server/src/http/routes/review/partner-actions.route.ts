import {
  ClaimRevisionsResponseSchema,
  ClaimSchema,
  DisputeClaimRequestSchema,
  ErrorResponseSchema,
  IdParamsSchema,
  RespondToClaimRequestSchema,
  WithdrawClaimRequestSchema,
} from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { disputeClaim } from '../../../modules/review/dispute-claim';
import { getClaimRevisions } from '../../../modules/review/get-claim-revisions';
import { respondToClaim } from '../../../modules/review/respond-to-claim';
import { withdrawClaim } from '../../../modules/review/withdraw-claim';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

const responses = { 200: ClaimSchema, ...commonErrors, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

/** The partner's side of review: respond to an information request, dispute a rejection, withdraw; and the revisions. */
export const partnerActionRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims/:id/respond',
    { schema: { operationId: 'respondToClaim', tags: ['review'], summary: 'Answer an information request (kept as a new revision)', params: IdParamsSchema, body: RespondToClaimRequestSchema, response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await respondToClaim({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.post(
    '/claims/:id/dispute',
    { schema: { operationId: 'disputeClaim', tags: ['review'], summary: 'Dispute a rejection (once, within the dispute window)', params: IdParamsSchema, body: DisputeClaimRequestSchema, response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await disputeClaim({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.post(
    '/claims/:id/withdraw',
    { schema: { operationId: 'withdrawClaim', tags: ['review'], summary: 'Withdraw an open claim', params: IdParamsSchema, body: WithdrawClaimRequestSchema.optional(), response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await withdrawClaim({ db, clock, actor, claimId: request.params.id, input: request.body ?? {} });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.get(
    '/claims/:id/revisions',
    { schema: { operationId: 'listClaimRevisions', tags: ['review'], summary: 'The claim as submitted and every revision after it', params: IdParamsSchema, response: { 200: ClaimRevisionsResponseSchema, ...commonErrors } } },
    async (request) => getClaimRevisions({ db, actor: requireActor(request), claimId: request.params.id }),
  );
};
