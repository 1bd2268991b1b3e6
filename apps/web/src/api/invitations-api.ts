import {
  InvitationSchema,
  InvitationViewSchema,
  ListInvitationsResponseSchema,
  MeResponseSchema,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type Invitation,
  type InvitationView,
  type MeResponse,
} from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest, setCsrfToken } from './http-client';

/** `GET /invitations` answer. */
export type ListInvitationsResponse = z.infer<typeof ListInvitationsResponseSchema>;

const invitationPath = (idOrToken: string) => `/invitations/${encodeURIComponent(idOrToken)}`;

/** Invites someone by e-mail; 409 EMAIL_TAKEN or INVITATION_PENDING (at `email`). */
export function createInvitation(input: CreateInvitationRequest): Promise<Invitation> {
  return apiRequest('/invitations', { method: 'POST', body: input, schema: InvitationSchema });
}

/** One page of the invitations the caller manages, by organisation and status. */
export function findInvitations(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ListInvitationsResponse> {
  return apiRequest('/invitations', { query, schema: ListInvitationsResponseSchema, signal });
}

/** Sends the invitation again with a fresh link (the old one stops working). */
export function resendInvitation(id: string): Promise<Invitation> {
  return apiRequest(`${invitationPath(id)}/resend`, { method: 'POST', schema: InvitationSchema });
}

/** Withdraws a pending invitation; its link stops working. */
export function revokeInvitation(id: string): Promise<Invitation> {
  return apiRequest(`${invitationPath(id)}/revoke`, { method: 'POST', schema: InvitationSchema });
}

/** What an e-mailed link invites to; 404 INVITATION_INVALID, 410 INVITATION_EXPIRED, 409 INVITATION_USED. */
export function getInvitationView(token: string, signal?: AbortSignal): Promise<InvitationView> {
  return apiRequest(invitationPath(token), { schema: InvitationViewSchema, signal, anonymous: true });
}

/** Accepts with a name and password; the server creates the account and sets the session cookie, so the invitee is signed in. */
export async function acceptInvitation(token: string, input: AcceptInvitationRequest): Promise<MeResponse> {
  // Not anonymous: the answer's session cookie must be kept.
  const me = await apiRequest(`${invitationPath(token)}/accept`, { method: 'POST', body: input, schema: MeResponseSchema });
  setCsrfToken(me.csrfToken);
  return me;
}
