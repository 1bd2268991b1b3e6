import {
  CreateImportResponseSchema,
  IMPORT_CONTENT_TYPES,
  ImportSchema,
  ListImportRejectionsResponseSchema,
  ListImportsResponseSchema,
  type Import,
  type ImportKind,
  type Locale,
} from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest, apiUrl } from './http-client';
import { uploadRequest, type UploadProgress } from './upload-request';

/** `POST /imports` answer: the record to poll. */
export type CreateImportResponse = z.infer<typeof CreateImportResponseSchema>;
/** `GET /imports` answer, newest first. */
export type ListImportsResponse = z.infer<typeof ListImportsResponseSchema>;
/** `GET /imports/{id}/rejections` answer. */
export type ListImportRejectionsResponse = z.infer<typeof ListImportRejectionsResponseSchema>;

const importPath = (id: string) => `/imports/${encodeURIComponent(id)}`;

/** The Content-Type a file is sent as: NDJSON by its extension, CSV otherwise (the server checks the bytes). */
export function importContentType(fileName: string): string {
  return /\.(ndjson|jsonl)$/i.test(fileName) ? IMPORT_CONTENT_TYPES.NDJSON : IMPORT_CONTENT_TYPES.CSV;
}

/** Uploads a file as the raw body (202: queued for the worker), reporting how much has been sent. */
export function uploadImport(
  input: { kind: ImportKind; dryRun: boolean; file: File },
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<CreateImportResponse> {
  return uploadRequest('/imports', {
    query: { kind: input.kind, dryRun: String(input.dryRun), fileName: input.file.name },
    body: input.file,
    contentType: importContentType(input.file.name),
    schema: CreateImportResponseSchema,
    onProgress,
    signal,
  });
}

/** One import's status, progress and counts. */
export function getImport(id: string, signal?: AbortSignal): Promise<Import> {
  return apiRequest(importPath(id), { schema: ImportSchema, signal });
}

/** One page of the import history. */
export function findImports(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ListImportsResponse> {
  return apiRequest('/imports', { query, schema: ListImportsResponseSchema, signal });
}

/** One page of an import's rejected rows, messages in `locale`. */
export function findImportRejections(id: string, query: { cursor?: string; locale: Locale }, signal?: AbortSignal): Promise<ListImportRejectionsResponse> {
  return apiRequest(`${importPath(id)}/rejections`, { query: { ...query, format: 'json' }, schema: ListImportRejectionsResponseSchema, signal });
}

/** Where every rejection of an import downloads from as CSV. */
export function importRejectionsCsvUrl(id: string, locale: Locale): string {
  return apiUrl(`${importPath(id)}/rejections`, { format: 'csv', locale });
}

/** Where a kind's CSV template (header and an example row) downloads from. */
export function importTemplateUrl(kind: ImportKind): string {
  return apiUrl(`/imports/templates/${kind}`);
}
