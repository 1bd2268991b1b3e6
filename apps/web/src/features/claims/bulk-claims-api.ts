import { BulkClaimUploadSchema, type BulkClaimUpload } from '@associa/contracts';
import { apiUrl } from '../../api/http-client';
import { importContentType } from '../../api/imports-api';
import { uploadRequest, type UploadProgress } from '../../api/upload-request';

/** What the bulk upload form sends: the file and what to do with its rows. */
export type BulkUploadInput = { file: File; dryRun: boolean; submit: boolean; poeDocumentId: string | null };

/** Uploads a bulk claims file as the raw body; the answer comes once every row is checked (and created). */
export function uploadBulkClaims(input: BulkUploadInput, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<BulkClaimUpload> {
  return uploadRequest('/claims/bulk', {
    query: { dryRun: String(input.dryRun), submit: String(input.submit), poeDocumentId: input.poeDocumentId ?? undefined, fileName: input.file.name },
    body: input.file,
    contentType: importContentType(input.file.name),
    schema: BulkClaimUploadSchema,
    onProgress,
    signal,
  });
}

/** Where the bulk claims CSV template downloads from. */
export const bulkTemplateUrl = () => apiUrl('/claims/bulk/template.csv');

/** Where a bulk upload's rows with problems download from as CSV. */
export const bulkRejectionsUrl = (id: string) => apiUrl(`/claims/bulk/${encodeURIComponent(id)}/rejections.csv`);
