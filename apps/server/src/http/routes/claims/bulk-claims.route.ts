import { Readable } from 'node:stream';
import { BULK_CLAIM_LIMITS, BulkClaimUploadSchema, CreateBulkClaimsQuerySchema, ErrorResponseSchema, IdParamsSchema, IMPORT_CONTENT_TYPES } from '@associa/contracts';
import { stringify } from 'csv-stringify';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../lib/errors';
import { bulkClaimTemplate } from '../../../modules/claims/bulk-claim-template';
import { assertCanCreateBulkClaims, createBulkClaims } from '../../../modules/claims/bulk-create-claims';
import { getBulkClaimUpload, streamBulkClaimRejections } from '../../../modules/claims/bulk-get-upload';
import { csvSafe } from '../../../modules/claims/export-claims';
import { isPartnerStaff } from '../../../modules/users/policies';
import { forbidden } from '../../../lib/errors';
import { requireActor } from '../../auth';
import type { OpenApiRequestBody } from '../../openapi';
import { commonErrors } from '../errors';
import { fileResponse } from '../media-types';
import type { RouteModule } from '../../types';

/** CSV or NDJSON, from the Content-Type; anything else is a 415 that names both. */
function formatOf(request: FastifyRequest): 'CSV' | 'NDJSON' {
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === IMPORT_CONTENT_TYPES.CSV) return 'CSV';
  if (type === IMPORT_CONTENT_TYPES.NDJSON) return 'NDJSON';
  throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send the file as the body with Content-Type ${IMPORT_CONTENT_TYPES.CSV} or ${IMPORT_CONTENT_TYPES.NDJSON}.`);
}

/** The body as chunks, whether the framework left it a stream or something already read it. */
function bodyChunks(body: unknown): AsyncIterable<Buffer | string> {
  if (body instanceof Readable) return body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Readable.from([body]);
  if (body !== null && typeof body === 'object' && Symbol.asyncIterator in body) return body as AsyncIterable<Buffer | string>;
  throw new AppError(400, 'FILE_EMPTY', 'The request body is empty: send the file as the body.');
}

const MB = 1024 * 1024;

/** The bulk file sent as the raw body: CSV with a header row, or NDJSON with the same field names. */
const bulkFileBody: OpenApiRequestBody = {
  required: true,
  description: `One claim per row, at most ${BULK_CLAIM_LIMITS.maxRows} rows and ${BULK_CLAIM_LIMITS.maxBytes / MB} MB: CSV with a header row (the template's columns), or NDJSON (one object per line, the same names; lists as arrays).`,
  content: { [IMPORT_CONTENT_TYPES.CSV]: { schema: z.any().meta({ type: 'string', format: 'binary' }) }, [IMPORT_CONTENT_TYPES.NDJSON]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

/** Bulk claims: one claim per row of a CSV or NDJSON file (dry run, or create and optionally submit), its record again, its rejections, the template. */
export const bulkClaimsRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/claims/bulk',
    {
      schema: {
        operationId: 'createBulkClaims',
        tags: ['claims'],
        summary: `Create (or dry-run) one claim per row of a CSV (header row) or NDJSON body; at most ${BULK_CLAIM_LIMITS.maxRows} rows and ${BULK_CLAIM_LIMITS.maxBytes / MB} MB`,
        description:
          'Each row is checked like `POST /claims/validate` and answered with its claim ID or every problem (same codes). `submit=true` submits each valid draft; `poeDocumentId` copies an uploaded PoE document to every row. Columns: see `GET /claims/bulk/template.csv`.',
        querystring: CreateBulkClaimsQuerySchema,
        requestBody: bulkFileBody,
        response: { 201: BulkClaimUploadSchema, ...commonErrors, 413: ErrorResponseSchema, 415: ErrorResponseSchema, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Refuse before reading the body: a denied caller's file is never read.
      assertCanCreateBulkClaims(actor);
      const format = formatOf(request);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > BULK_CLAIM_LIMITS.maxBytes) throw new AppError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${BULK_CLAIM_LIMITS.maxBytes / MB} MB; split it into several files.`);
      const { dryRun, submit, poeDocumentId, fileName } = request.query;
      const upload = await createBulkClaims({ db, clock, actor, input: { format, dryRun, submit, poeDocumentId, fileName }, body: bodyChunks(request.body) });
      return reply.code(201).header('location', `/api/v1/claims/bulk/${upload.id}`).send(upload);
    },
  );
  app.get(
    '/claims/bulk/template.csv',
    {
      schema: {
        operationId: 'getBulkClaimsTemplate',
        tags: ['claims'],
        summary: 'The bulk claims CSV template: header row and one example claim',
        response: { 200: fileResponse('The CSV template', ['text/csv']), 401: ErrorResponseSchema, 403: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!isPartnerStaff(actor)) throw forbidden('Bulk claims are for partner staff.');
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="associa-bulk-claims-template.csv"').send(bulkClaimTemplate());
    },
  );
  app.get(
    '/claims/bulk/:id',
    {
      schema: {
        operationId: 'getBulkClaimUpload',
        tags: ['claims'],
        summary: "A bulk upload's record: counts and every row's claim or problems",
        params: IdParamsSchema,
        response: { 200: BulkClaimUploadSchema, ...commonErrors },
      },
    },
    async (request) => getBulkClaimUpload({ db, actor: requireActor(request), id: request.params.id }),
  );
  app.get(
    '/claims/bulk/:id/rejections.csv',
    {
      schema: {
        operationId: 'getBulkClaimRejections',
        tags: ['claims'],
        summary: "A bulk upload's rows with problems as CSV: line, path, code, message and the row as given",
        params: IdParamsSchema,
        response: { 200: fileResponse('The rows with problems as CSV', ['text/csv']), ...commonErrors },
      },
    },
    async (request, reply) => {
      const rejections = await streamBulkClaimRejections({ db, actor: requireActor(request), id: request.params.id });
      const rows = (async function* () {
        for await (const r of rejections) {
          for (const p of r.problems) yield [String(r.line), p.path, p.code, p.message, JSON.stringify(r.row)].map((v) => csvSafe(v));
        }
      })();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="bulk-claims-${request.params.id}-rejections.csv"`)
        .send(Readable.from(rows).pipe(stringify({ header: true, columns: ['line', 'path', 'code', 'message', 'row'], bom: true })));
    },
  );
};
