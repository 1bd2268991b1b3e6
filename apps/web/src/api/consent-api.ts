import { ConsentViewSchema, type ConsentView } from '@associa/contracts';
import { apiRequest } from './http-client';

const consentPath = (token: string) => `/consent/${encodeURIComponent(token)}`;

/** What the customer link asks about; 404 CONSENT_LINK_INVALID for an unknown link, 410 CONSENT_LINK_EXPIRED once closed. */
export function getConsent(token: string, signal?: AbortSignal): Promise<ConsentView> {
  return apiRequest(consentPath(token), { schema: ConsentViewSchema, signal, anonymous: true });
}

/** One answer the customer can give through the link; each answers the updated view. */
export type ConsentAnswer = { kind: 'confirm' } | { kind: 'opt-out'; reason: string } | { kind: 'revoke'; reason: string };

/** Posts the customer's answer; a 409 CONSENT_ALREADY_ANSWERED means the claim was decided meanwhile. */
export function answerConsent(token: string, answer: ConsentAnswer): Promise<ConsentView> {
  const body = answer.kind === 'confirm' ? {} : { reason: answer.reason };
  return apiRequest(`${consentPath(token)}/${answer.kind}`, { method: 'POST', body, schema: ConsentViewSchema, anonymous: true });
}
