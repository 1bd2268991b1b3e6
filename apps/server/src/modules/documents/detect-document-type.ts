import { DOCUMENT_TYPES, type DocumentType } from '@associa/contracts';

const BY_MIME = new Map<string, DocumentType>(Object.entries(DOCUMENT_TYPES).map(([type, t]) => [t.contentType, type as DocumentType]));

/** What a file really is, from its bytes (magic numbers, ZIP contents); null when not an allowed PoE type. */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentType | null> {
  // Loaded on the first upload, not at start (issue 15).
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  return (found && BY_MIME.get(found.mime)) ?? null;
}
