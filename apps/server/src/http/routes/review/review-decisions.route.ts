import {
  ApproveClaimRequestSchema,
  ClaimSchema,
  DisputeDecisionRequestSchema,
  ErrorResponseSchema,
  IdParamsSchema,
  RejectClaimRequestSchema,
  RequestInformationRequestSchema,
} from '@associa/contracts';
import { getClaim } from '../../../modules/claims/get-claim';
import { approveClaim } from '../../../modules/review/approve-claim';
import { decideDispute } from '../../../modules/review/decide-dispute';
import { rejectClaim } from '../../../modules/review/reject-claim';
import { requestInformation } from '../../../modules/review/request-information';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

const responses = { 200: ClaimSchema, ...commonErrors, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

/** The reviewer's decisions on a claim: ask for information, approve, reject, decide a dispute. */
export const reviewDecisionRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims/:id/request-info',
    { schema: { operationId: 'requestClaimInformation', tags: ['review'], summary: 'Ask the partner for more information (reviewer)', params: IdParamsSchema, body: RequestInformationRequestSchema, response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await requestInformation({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.post(
    '/claims/:id/approve',
    { schema: { operationId: 'approveClaim', tags: ['review'], summary: 'Approve: the customer is asked for consent (reviewer)', params: IdParamsSchema, body: ApproveClaimRequestSchema.optional(), response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await approveClaim({ db, clock, actor, claimId: request.params.id, input: request.body ?? {} });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.post(
    '/claims/:id/reject',
    { schema: { operationId: 'rejectClaim', tags: ['review'], summary: 'Reject with a reason code and message (reviewer)', params: IdParamsSchema, body: RejectClaimRequestSchema, response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await rejectClaim({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
  app.post(
    '/claims/:id/dispute-decision',
    { schema: { operationId: 'decideClaimDispute', tags: ['review'], summary: 'Decide a dispute (a reviewer other than the one who rejected)', params: IdParamsSchema, body: DisputeDecisionRequestSchema, response: responses } },
    async (request) => {
      const actor = requireActor(request);
      await decideDispute({ db, clock, actor, claimId: request.params.id, input: request.body });
      return getClaim({ db, actor, claimId: request.params.id, now: clock.now() });
    },
  );
};
