import {
  ListPartnersResponseSchema,
  PartnerLocationSchema,
  PartnerSchema,
  type CreateLocationRequest,
  type CreatePartnerRequest,
  type ListPartnersResponse,
  type Partner,
  type PartnerLocation,
  type UpdateLocationRequest,
  type UpdatePartnerRequest,
} from '@associa/contracts';
import { apiRequest } from './http-client';

const partnerPath = (id: string) => `/partners/${encodeURIComponent(id)}`;

/** One page of partner organisations matching a name or MPN ID and a status (program admins). */
export function findPartners(query: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<ListPartnersResponse> {
  return apiRequest('/partners', { query, schema: ListPartnersResponseSchema, signal });
}

/** One partner with its locations and people. */
export function getPartner(id: string, signal?: AbortSignal): Promise<Partner> {
  return apiRequest(partnerPath(id), { schema: PartnerSchema, signal });
}

/** Onboards a partner organisation; 409 PARTNER_NAME_TAKEN for a name in use. */
export function createPartner(input: CreatePartnerRequest): Promise<Partner> {
  return apiRequest('/partners', { method: 'POST', body: input, schema: PartnerSchema });
}

/** Renames, moves, suspends or reactivates a partner. */
export function updatePartner(id: string, input: UpdatePartnerRequest): Promise<Partner> {
  return apiRequest(partnerPath(id), { method: 'PATCH', body: input, schema: PartnerSchema });
}

/** Adds a location; 409 MPN_ID_TAKEN (at `mpnId`) for an MPN ID in use anywhere. */
export function createLocation(partnerId: string, input: CreateLocationRequest): Promise<PartnerLocation> {
  return apiRequest(`${partnerPath(partnerId)}/locations`, { method: 'POST', body: input, schema: PartnerLocationSchema });
}

/** Changes a location's MPN ID, name, country or program enrolments. */
export function updateLocation(partnerId: string, locationId: string, input: UpdateLocationRequest): Promise<PartnerLocation> {
  return apiRequest(`${partnerPath(partnerId)}/locations/${encodeURIComponent(locationId)}`, { method: 'PATCH', body: input, schema: PartnerLocationSchema });
}
