import {
  ClaimCommentSchema,
  ClaimHistoryResponseSchema,
  ClaimSchema,
  ListClaimsResponseSchema,
  ValidateClaimResponseSchema,
  type Claim,
  type ClaimComment,
  type ClaimHistoryResponse,
  type CreateClaimRequest,
  type ListClaimsResponse,
  type UpdateClaimRequest,
  type ValidateClaimResponse,
} from '@associa/contracts';
import { apiRequest, apiUrl } from './http-client';

const claimPath = (id: string) => `/claims/${encodeURIComponent(id)}`;

/** The list's filters as query parameters (lists joined by commas), shared by the list and the CSV export. */
export type ClaimListParams = Record<string, string | undefined>;

/** One page of the caller's organisation's claims. */
export function findClaims(params: ClaimListParams, signal?: AbortSignal): Promise<ListClaimsResponse> {
  return apiRequest('/claims', { query: params, schema: ListClaimsResponseSchema, signal });
}

/** Where the CSV export of the same filtered list downloads from. */
export function claimsExportUrl(params: ClaimListParams): string {
  return apiUrl('/claims/export', { ...params, cursor: undefined, limit: undefined });
}

/** One claim with its lines, documents, comments and the caller's allowed actions. */
export function getClaim(id: string, signal?: AbortSignal): Promise<Claim> {
  return apiRequest(claimPath(id), { schema: ClaimSchema, signal });
}

/** The claim's events, oldest first. */
export function getClaimHistory(id: string, signal?: AbortSignal): Promise<ClaimHistoryResponse> {
  return apiRequest(`${claimPath(id)}/history`, { schema: ClaimHistoryResponseSchema, signal });
}

/** Starts a draft; the key makes a retried click create one draft, not two. */
export function createClaim(input: CreateClaimRequest, idempotencyKey: string): Promise<Claim> {
  return apiRequest('/claims', { method: 'POST', body: input, schema: ClaimSchema, idempotencyKey });
}

/** Saves draft fields: fields present replace, null clears. */
export function updateClaim(id: string, input: UpdateClaimRequest): Promise<Claim> {
  return apiRequest(claimPath(id), { method: 'PATCH', body: input, schema: ClaimSchema });
}

/** Deletes a draft. */
export async function deleteClaim(id: string): Promise<void> {
  await apiRequest(claimPath(id), { method: 'DELETE', schema: undefined });
}

/** Every problem a saved draft has now, its documents counted; saves nothing. */
export function validateSavedClaim(id: string, signal?: AbortSignal): Promise<ValidateClaimResponse> {
  return apiRequest(`${claimPath(id)}/validate`, { method: 'POST', schema: ValidateClaimResponseSchema, signal });
}

/** Dry run on a body that is not saved (it has no documents, so POE_MISSING is always among the problems). */
export function validateClaimBody(input: UpdateClaimRequest, signal?: AbortSignal): Promise<ValidateClaimResponse> {
  return apiRequest('/claims/validate', { method: 'POST', body: input, schema: ValidateClaimResponseSchema, signal });
}

/** Submits a draft for review; a 422 carries every problem in `details`. */
export function submitClaim(id: string, idempotencyKey: string): Promise<Claim> {
  return apiRequest(`${claimPath(id)}/submit`, { method: 'POST', schema: ClaimSchema, idempotencyKey });
}

/** Adds a comment to the claim's thread (also after submit). */
export function addClaimComment(id: string, body: string, idempotencyKey: string): Promise<ClaimComment> {
  return apiRequest(`${claimPath(id)}/comments`, { method: 'POST', body: { body }, schema: ClaimCommentSchema, idempotencyKey });
}
