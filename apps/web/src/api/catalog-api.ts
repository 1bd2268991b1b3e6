import { CatalogResponseSchema, type CatalogResponse } from '@associa/contracts';
import { apiRequest } from './http-client';

/** The published catalogue: programs, products and reason codes with names in every language. */
export function getCatalog(signal?: AbortSignal): Promise<CatalogResponse> {
  return apiRequest('/catalog', { schema: CatalogResponseSchema, signal });
}
