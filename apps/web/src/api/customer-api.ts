import { CustomerLinkRequestAcceptedSchema, CustomerPageSchema, type CustomerPage } from '@associa/contracts';
import { apiRequest } from './http-client';

const customerPath = (token: string) => `/customer/${encodeURIComponent(token)}`;

/** The tenant's partners and their reads of its usage; 404 for an unknown link, 410 once expired. */
export function getCustomerPage(token: string, signal?: AbortSignal): Promise<CustomerPage> {
  return apiRequest(customerPath(token), { schema: CustomerPageSchema, signal, anonymous: true });
}

/** The customer ends one association with a reason; answers the updated page. */
export function revokeFromCustomerPage(token: string, associationId: string, reason: string): Promise<CustomerPage> {
  return apiRequest(`${customerPath(token)}/associations/${encodeURIComponent(associationId)}/revoke`, { method: 'POST', body: { reason }, schema: CustomerPageSchema, anonymous: true });
}

/** Asks for a fresh customer page link; the answer is the same whatever the address. */
export async function requestCustomerLink(email: string): Promise<void> {
  await apiRequest('/customer', { method: 'POST', body: { email }, schema: CustomerLinkRequestAcceptedSchema, anonymous: true });
}
