import { ListAssociationsResponseSchema, type ListAssociationsResponse } from '@associa/contracts';
import { apiRequest, apiUrl } from './http-client';

/** The associations list's filters as query parameters, shared by the list and the CSV export. */
export type AssociationListParams = Record<string, string | undefined>;

/** One page of the associations the caller may see (their organisation's, or all for vendor staff). */
export function findAssociations(params: AssociationListParams, signal?: AbortSignal): Promise<ListAssociationsResponse> {
  return apiRequest('/associations', { query: params, schema: ListAssociationsResponseSchema, signal });
}

/** Where the CSV export of the same filtered list downloads from. */
export function associationsExportUrl(params: AssociationListParams): string {
  return apiUrl('/associations/export', { ...params, cursor: undefined, limit: undefined });
}

/** The partner ends an active association, saying why; the list is refetched afterwards, so the answer is not read. */
export async function endAssociation(id: string, message: string): Promise<void> {
  await apiRequest(`/associations/${encodeURIComponent(id)}/end`, { method: 'POST', body: { message }, schema: undefined });
}
