import { ClaimDocumentSchema, type ClaimDocument } from '@associa/contracts';
import { apiRequest, apiUrl } from './http-client';

const documentsPath = (claimId: string) => `/claims/${encodeURIComponent(claimId)}/documents`;

/** Uploads one proof-of-execution file (multipart field `file`); the server checks its type by its bytes. */
export function uploadClaimDocument(claimId: string, file: File): Promise<ClaimDocument> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest(documentsPath(claimId), { method: 'POST', body, schema: ClaimDocumentSchema });
}

/** Removes a document from a draft. */
export async function deleteClaimDocument(claimId: string, documentId: string): Promise<void> {
  await apiRequest(`${documentsPath(claimId)}/${encodeURIComponent(documentId)}`, { method: 'DELETE', schema: undefined });
}

/** Where a document downloads from (same session cookie, same access rules). */
export function claimDocumentUrl(claimId: string, documentId: string): string {
  return apiUrl(`${documentsPath(claimId)}/${encodeURIComponent(documentId)}`);
}

/** The proof-of-execution template partners fill in and have signed. */
export const POE_TEMPLATE_URL = apiUrl('/poe-template');
