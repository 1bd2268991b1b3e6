import {
  ListLocationsResponseSchema,
  ListTenantsResponseSchema,
  type ListLocationsResponse,
  type ListTenantsResponse,
} from '@associa/contracts';
import { apiRequest } from './http-client';

/** The caller's organisation's locations (empty for vendor users). */
export function findLocations(signal?: AbortSignal): Promise<ListLocationsResponse> {
  return apiRequest('/locations', { schema: ListLocationsResponseSchema, signal });
}

/** One page of customer tenants matching a search; vendor roles only. */
export function findTenants(
  input: { q?: string; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<ListTenantsResponse> {
  return apiRequest('/tenants', { query: input, schema: ListTenantsResponseSchema, signal });
}
