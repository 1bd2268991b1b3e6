import {
  CustomerLinkRequestAcceptedSchema,
  CustomerLinkRequestSchema,
  CustomerPageSchema,
  CustomerRevokeParamsSchema,
  CustomerRevokeRequestSchema,
  CustomerTokenParamsSchema,
  ErrorResponseSchema,
  Limits,
} from '@associa/contracts';
import { getCustomerPage } from '../../../modules/customer/get-customer-page';
import { askForCustomerLink } from '../../../modules/customer/request-customer-link';
import { revokeFromCustomerPage } from '../../../modules/customer/revoke-from-customer-page';
import { accountLinkRouteOptions } from '../../account-link-limits';
import type { RouteModule } from '../../types';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 410: ErrorResponseSchema, 429: ErrorResponseSchema };

// The link is the credential: no session, so no CSRF token; a per-address limit blunts guessing.
const config = {
  skipCsrf: true,
  rateLimit: { max: 300, windowMs: 60_000, what: 'requests' },
};

const ACCEPTED = { message: 'If this address is a customer contact in Associa, a link to the customer page is on its way.' };

/** The customer's page (no sign-in): who holds what for its tenant, who read its usage, revoke; and asking for a fresh link. */
export const customerRoutes: RouteModule = (app, { db, clock, config: appConfig }) => {
  app.post(
    '/customer',
    {
      ...accountLinkRouteOptions(app, { what: 'link requests', perTarget: Limits.customerLinkRequestsPerEmail, target: (r) => `customer-email:${String((r.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}` }),
      schema: { operationId: 'requestCustomerLink', tags: ['customer'], summary: 'Ask for a customer page link; the answer is the same for any address', body: CustomerLinkRequestSchema, response: { 202: CustomerLinkRequestAcceptedSchema, ...errors } },
    },
    async (request, reply) => {
      await askForCustomerLink({ db, clock, input: request.body });
      return reply.code(202).send(ACCEPTED);
    },
  );
  app.get(
    '/customer/:token',
    { config, schema: { operationId: 'getCustomerPage', tags: ['customer'], summary: "The tenant's partners and its usage access log", params: CustomerTokenParamsSchema, response: { 200: CustomerPageSchema, ...errors } } },
    async (request) => getCustomerPage({ db, clock, token: request.params.token }),
  );
  app.post(
    '/customer/:token/associations/:id/revoke',
    { config, schema: { operationId: 'revokeCustomerAssociation', tags: ['customer'], summary: 'The customer ends one association of its tenant, with a reason', params: CustomerRevokeParamsSchema, body: CustomerRevokeRequestSchema, response: { 200: CustomerPageSchema, ...errors } } },
    async (request) => revokeFromCustomerPage({ db, clock, token: request.params.token, input: { associationId: request.params.id, reason: request.body.reason } }),
  );
};
