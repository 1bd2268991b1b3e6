import {
  ClaimConflictsResponseSchema,
  ClaimDocumentSchema,
  ClaimRevisionsResponseSchema,
  ClaimSchema,
  ReviewQueueResponseSchema,
  type Claim,
  type ClaimConflictsResponse,
  type ClaimCorrections,
  type ClaimDocument,
  type InformationReason,
  type RejectionReason,
} from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest } from './http-client';

const claimPath = (id: string) => `/claims/${encodeURIComponent(id)}`;

/** `GET /claims/{id}/revisions`: the original and each response or dispute after it. */
export type ClaimRevisionsResponse = z.infer<typeof ClaimRevisionsResponseSchema>;
/** `GET /review/queue` answer. */
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>;

/** One review or partner decision on a claim; each answers the updated claim. */
export type ClaimDecision =
  | { kind: 'request-info'; body: { reasons: InformationReason[]; message: string } }
  | { kind: 'approve'; body: { message?: string } }
  | { kind: 'reject'; body: { reason: RejectionReason; message: string } }
  | { kind: 'dispute-decision'; body: { outcome: 'UPHELD' | 'OVERTURNED'; message: string } }
  | { kind: 'assign'; body?: undefined }
  | { kind: 'unassign'; body?: undefined }
  | { kind: 'respond'; body: { comment: string; documentIds: string[]; corrections: ClaimCorrections } }
  | { kind: 'dispute'; body: { message: string; documentIds: string[] } }
  | { kind: 'withdraw'; body: { message?: string } };

/** Posts a decision to `/claims/{id}/{kind}`; a 409 STATUS_CONFLICT means someone else acted first. */
export function postClaimDecision(id: string, decision: ClaimDecision): Promise<Claim> {
  return apiRequest(`${claimPath(id)}/${decision.kind}`, { method: 'POST', body: decision.body, schema: ClaimSchema });
}

/** The claim as first submitted beside every revision. */
export function getClaimRevisions(id: string, signal?: AbortSignal): Promise<ClaimRevisionsResponse> {
  return apiRequest(`${claimPath(id)}/revisions`, { schema: ClaimRevisionsResponseSchema, signal });
}

/** One page of the reviewers' queue. */
export function getReviewQueue(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ReviewQueueResponse> {
  return apiRequest('/review/queue', { query, schema: ReviewQueueResponseSchema, signal });
}

/** Uploads a document to a claim awaiting a response or dispute; its id goes into the response's `documentIds`. */
export function uploadResponseDocument(claimId: string, file: File): Promise<ClaimDocument> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest(`${claimPath(claimId)}/documents`, { method: 'POST', body, schema: ClaimDocumentSchema });
}

/** The contested claim and every claim it competes with, most recent PoE first (vendor staff only). */
export function getClaimConflicts(id: string, signal?: AbortSignal): Promise<ClaimConflictsResponse> {
  return apiRequest(`/review/claims/${encodeURIComponent(id)}/conflicts`, { schema: ClaimConflictsResponseSchema, signal });
}
