import { AcceptInvitationRequestSchema, ErrorResponseSchema, InvitationViewSchema, LinkTokenParamsSchema, Limits, MeResponseSchema } from '@associa/contracts';
import { acceptInvitation } from '../../../modules/people/accept-invitation';
import { getInvitationView } from '../../../modules/people/get-invitation-view';
import { presentMe } from '../../../modules/users/present-me';
import { accountLinkRouteOptions } from '../../account-link-limits';
import { setSessionCookie } from '../../auth';
import type { RouteModule } from '../../types';

const linkErrors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 410: ErrorResponseSchema, 429: ErrorResponseSchema };

// `/invitations/{token}/accept` and the administrators' `/invitations/{id}/resend|revoke` share their
// first two segments; the router tells them apart by the last one (checked: find-my-way keeps the
// parameter names per route), and each validates its own parameter (a token is not a UUID).

/** The invitee's side, no sign-in: the link is the credential. See the invitation; accept it and be signed in. */
export const inviteeRoutes: RouteModule = (app, { db, clock, config }) => {
  app.get(
    '/invitations/:token',
    {
      schema: { operationId: 'getInvitation', tags: ['people'], summary: 'What an invitation link invites to, and by whom', security: [], params: LinkTokenParamsSchema, response: { 200: InvitationViewSchema, ...linkErrors } },
    },
    async (request) => getInvitationView({ db, clock, token: request.params.token }),
  );
  app.post(
    '/invitations/:token/accept',
    {
      ...accountLinkRouteOptions(app, { what: 'attempts to accept this invitation', perTarget: Limits.accountLinkAttemptsPerLink, target: (r) => `invitation:${(r.params as { token: string }).token}` }),
      schema: {
        operationId: 'acceptInvitation',
        tags: ['people'],
        summary: 'Accept an invitation with your name and a password: creates the account and signs you in',
        description: 'Answers like POST /auth/login (the session cookie and the caller). 404 INVITATION_INVALID, 409 INVITATION_USED, 410 INVITATION_EXPIRED; 400 with WEAK_PASSWORD when the password is too easy to guess.',
        security: [],
        params: LinkTokenParamsSchema,
        body: AcceptInvitationRequestSchema,
        response: { 200: MeResponseSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const { sessionToken, expiresAt, actor } = await acceptInvitation({
        db,
        clock,
        token: request.params.token,
        input: request.body,
        meta: { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
      });
      setSessionCookie(reply, sessionToken, { secure: config.cookieSecure, expires: expiresAt });
      return presentMe(actor);
    },
  );
};
