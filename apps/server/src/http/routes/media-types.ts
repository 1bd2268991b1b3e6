import { DOCUMENT_TYPES, IMPORT_CONTENT_TYPES, Limits } from '@associa/contracts';
import { z } from 'zod';
import type { OpenApiRequestBody } from '../openapi';

/** Bytes in a non-JSON body or answer (a file): a string of binary in the document; any payload (Buffer, stream) to TypeScript. */
const Binary = z.any().meta({ type: 'string', format: 'binary' });

/** Every media type a stored PoE document can have, recognised by its bytes. */
export const DOCUMENT_MEDIA_TYPES = Object.values(DOCUMENT_TYPES).map((t) => t.contentType);

/** A file answer (CSV export, DOCX template, stored document): documented per media type, sent as bytes, never serialized. */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: Binary }])) };
}

/** A list that answers JSON pages by default and a CSV file with `?format=csv`. */
export function jsonOrCsvResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema }, 'text/csv': { schema: Binary } } };
}

/** The PoE upload: one file in the multipart field `file` (the route reads it itself, so nothing validates it as JSON). */
export const documentUploadBody: OpenApiRequestBody = {
  required: true,
  description: `One file in the field "file": PDF, DOCX, XLSX, PNG or JPEG, at most ${Limits.maxDocumentBytes / 1024 / 1024} MB.`,
  content: { 'multipart/form-data': { schema: z.object({ file: Binary }) } },
};

/** An import file sent as the raw body, streamed to the database as it arrives. */
export const importFileBody: OpenApiRequestBody = {
  required: true,
  description: `The file itself, at most ${Limits.maxImportBytes / 1024 / 1024} MB: CSV with a header row, or NDJSON (one JSON object per line).`,
  content: { [IMPORT_CONTENT_TYPES.CSV]: { schema: Binary }, [IMPORT_CONTENT_TYPES.NDJSON]: { schema: Binary } },
};
