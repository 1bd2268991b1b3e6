import { ClaimDocumentSchema, ErrorResponseSchema, Limits } from '@associa/contracts';
import { z } from 'zod';
import { AppError } from '../../../lib/errors';
import { deleteClaimDocument } from '../../../modules/documents/delete-claim-document';
import { documentStoreFor } from '../../../modules/documents/document-store';
import { getClaimDocument } from '../../../modules/documents/get-claim-document';
import { assertCanUploadDocument, uploadClaimDocument } from '../../../modules/documents/upload-claim-document';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { DOCUMENT_MEDIA_TYPES, documentUploadBody, fileResponse } from '../media-types';
import type { RouteModule } from '../../types';

const DocParams = z.object({ id: z.uuid(), docId: z.uuid() });

/** Content-Disposition that survives any file name (RFC 6266 / 5987). */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Proof-of-execution documents: multipart upload (field `file`), download, and removal from a draft. */
export const claimDocumentsRoutes: RouteModule = (app, { db, clock, config }) => {
  app.post(
    '/claims/:id/documents',
    {
      schema: {
        operationId: 'uploadClaimDocument',
        tags: ['claims'],
        summary: `Upload a PoE document (multipart field "file"; PDF, DOCX, XLSX, PNG or JPEG; at most ${Limits.maxDocumentBytes / 1024 / 1024} MB, ${Limits.maxDocumentsPerClaim} per claim)`,
        params: z.object({ id: z.uuid() }),
        requestBody: documentUploadBody,
        response: { 201: ClaimDocumentSchema, ...commonErrors, 409: ErrorResponseSchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Refuse before reading the body: a denied caller's upload is never buffered.
      await assertCanUploadDocument({ db, clock, actor, claimId: request.params.id });
      const file = await request.file({ limits: { fileSize: Limits.maxDocumentBytes, files: 1, fields: 5, parts: 6 } });
      if (!file) throw new AppError(400, 'FILE_MISSING', 'Send the document as multipart/form-data in the field "file".');
      if (file.fieldname !== 'file') throw new AppError(400, 'FILE_MISSING', 'Send the document in the field "file".');
      const bytes = await file.toBuffer();
      const doc = await uploadClaimDocument({ db, clock, actor, claimId: request.params.id, fileName: file.filename, bytes, store: documentStoreFor(config) });
      return reply.code(201).send(doc);
    },
  );
  app.get(
    '/claims/:id/documents/:docId',
    { schema: { operationId: 'downloadClaimDocument', tags: ['claims'], summary: 'Download a PoE document', params: DocParams, response: { 200: fileResponse('The document as uploaded, with its recognised media type', DOCUMENT_MEDIA_TYPES), ...commonErrors } } },
    async (request, reply) => {
      const doc = await getClaimDocument({ db, config, actor: requireActor(request), claimId: request.params.id, documentId: request.params.docId });
      return reply
        .type(doc.contentType)
        .header('content-disposition', attachment(doc.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${doc.sha256}"`)
        .header('cache-control', 'private, no-store')
        .serializer((x: unknown) => x as string)
        .send(doc.content);
    },
  );
  app.delete(
    '/claims/:id/documents/:docId',
    { schema: { operationId: 'deleteClaimDocument', tags: ['claims'], summary: 'Remove a document from a draft', params: DocParams, response: { 204: z.undefined(), ...commonErrors, 409: ErrorResponseSchema } } },
    async (request, reply) => {
      await deleteClaimDocument({ db, clock, actor: requireActor(request), claimId: request.params.id, documentId: request.params.docId });
      return reply.code(204).send();
    },
  );
};
