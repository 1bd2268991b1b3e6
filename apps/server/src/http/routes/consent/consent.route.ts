import { ConsentReasonRequestSchema, ConsentTokenParamsSchema, ConsentViewSchema, ErrorResponseSchema } from '@associa/contracts';
import { z } from 'zod';
import { answerConsent } from '../../../modules/consent/answer-consent';
import { getConsentView } from '../../../modules/consent/get-consent-view';
import type { RouteModule } from '../../types';

const responses = { 200: ConsentViewSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 410: ErrorResponseSchema, 429: ErrorResponseSchema };

// The link is the credential: no session, so no CSRF token; a per-address limit blunts guessing.
const config = {
  skipCsrf: true,
  rateLimit: { max: 300, windowMs: 60_000, what: 'requests' },
};

/** The customer's side: see the claim behind a link, confirm, opt out, or later revoke. No sign-in. */
export const consentRoutes: RouteModule = (app, { db, clock }) => {
  app.get(
    '/consent/:token',
    { config, schema: { operationId: 'getConsent', tags: ['consent'], summary: 'What a customer link is about, and whether it can still be used', params: ConsentTokenParamsSchema, response: responses } },
    async (request) => getConsentView({ db, token: request.params.token, now: clock.now() }),
  );
  app.post(
    '/consent/:token/confirm',
    { config, schema: { operationId: 'confirmConsent', tags: ['consent'], summary: 'The customer confirms: the association activates at once', params: ConsentTokenParamsSchema, body: z.strictObject({}).optional(), response: responses } },
    async (request) => answerConsent({ db, clock, token: request.params.token, answer: { action: 'CONFIRM' } }),
  );
  app.post(
    '/consent/:token/opt-out',
    { config, schema: { operationId: 'optOutOfConsent', tags: ['consent'], summary: 'The customer opts out with a reason: the claim is DECLINED', params: ConsentTokenParamsSchema, body: ConsentReasonRequestSchema, response: responses } },
    async (request) => answerConsent({ db, clock, token: request.params.token, answer: { action: 'OPT_OUT', reason: request.body.reason } }),
  );
  app.post(
    '/consent/:token/revoke',
    { config, schema: { operationId: 'revokeConsent', tags: ['consent'], summary: "The customer ends an active association (link from the activation e-mail)", params: ConsentTokenParamsSchema, body: ConsentReasonRequestSchema, response: responses } },
    async (request) => answerConsent({ db, clock, token: request.params.token, answer: { action: 'REVOKE', reason: request.body.reason } }),
  );
};
