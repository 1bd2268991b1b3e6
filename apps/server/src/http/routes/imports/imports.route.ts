import { Readable } from 'node:stream';
import {
  CreateImportQuerySchema,
  CreateImportResponseSchema,
  ErrorResponseSchema,
  IdParamsSchema,
  IMPORT_CONTENT_TYPES,
  ImportSchema,
  ImportTemplateParamsSchema,
  Limits,
  ListImportRejectionsQuerySchema,
  ListImportRejectionsResponseSchema,
  ListImportsQuerySchema,
  ListImportsResponseSchema,
} from '@associa/contracts';
import { stringify } from 'csv-stringify';
import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../../lib/errors';
import { csvSafe } from '../../../modules/claims/export-claims';
import { canManageImports } from '../../../modules/imports/import-policies';
import { importTemplate } from '../../../modules/imports/import-template';
import { listImportRejections, streamImportRejections } from '../../../modules/imports/list-import-rejections';
import { getImport, listImports } from '../../../modules/imports/list-imports';
import { receiveImport } from '../../../modules/imports/receive-import';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { fileResponse, importFileBody, jsonOrCsvResponse } from '../media-types';
import type { RouteModule } from '../../types';

/** The program admin, or a 401/403. */
function requireImporter(request: FastifyRequest) {
  const actor = requireActor(request);
  if (!canManageImports(actor)) throw forbidden('Only program admins import the customer directory and usage.');
  return actor;
}

/** CSV or NDJSON, from the Content-Type; anything else is a 415 that names both. */
function formatOf(request: FastifyRequest): 'CSV' | 'NDJSON' {
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === IMPORT_CONTENT_TYPES.CSV) return 'CSV';
  if (type === IMPORT_CONTENT_TYPES.NDJSON) return 'NDJSON';
  throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send the file as the body with Content-Type ${IMPORT_CONTENT_TYPES.CSV} or ${IMPORT_CONTENT_TYPES.NDJSON}.`);
}

/** Directory and usage imports: upload (streamed, 202), history, progress, rejections, templates. */
export const importRoutes: RouteModule = (app, { db, clock }) => {
  app.post(
    '/imports',
    {
      schema: {
        operationId: 'createImport',
        tags: ['imports'],
        summary: 'Upload a tenants, subscriptions or usage file (CSV or NDJSON body); the worker imports it',
        querystring: CreateImportQuerySchema,
        requestBody: importFileBody,
        response: { 202: CreateImportResponseSchema, ...commonErrors, 413: ErrorResponseSchema, 415: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireImporter(request);
      const format = formatOf(request);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > Limits.maxImportBytes) throw new AppError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the import limit of ${Limits.maxImportBytes / 1024 / 1024} MB; split it into several imports.`);
      const { kind, dryRun, fileName } = request.query;
      const created = await receiveImport({ db, clock, by: { userId: actor.userId, name: actor.name }, input: { kind, format, dryRun, fileName }, body: request.body as Readable });
      return reply.code(202).header('location', `/api/v1/imports/${created.id}`).send(created);
    },
  );
  app.get(
    '/imports',
    { schema: { operationId: 'listImports', tags: ['imports'], summary: 'The import history, newest first', querystring: ListImportsQuerySchema, response: { 200: ListImportsResponseSchema, ...commonErrors } } },
    async (request) => {
      requireImporter(request);
      return listImports({ db, input: request.query });
    },
  );
  app.get(
    '/imports/templates/:kind',
    { schema: { operationId: 'getImportTemplate', tags: ['imports'], summary: 'A CSV template (header and an example row) for one kind', params: ImportTemplateParamsSchema, response: { 200: fileResponse('The CSV template', ['text/csv']), ...commonErrors } } },
    async (request, reply) => {
      requireImporter(request);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="associa-${request.params.kind}-template.csv"`)
        .send(importTemplate(request.params.kind));
    },
  );
  app.get(
    '/imports/:id',
    { schema: { operationId: 'getImport', tags: ['imports'], summary: 'One import: status, progress and counts', params: IdParamsSchema, response: { 200: ImportSchema, ...commonErrors } } },
    async (request) => {
      requireImporter(request);
      return getImport({ db, id: request.params.id });
    },
  );
  app.get(
    '/imports/:id/rejections',
    {
      schema: {
        operationId: 'listImportRejections',
        tags: ['imports'],
        summary: 'Rejected rows with a code and message per problem (JSON pages, or ?format=csv)',
        params: IdParamsSchema,
        querystring: ListImportRejectionsQuerySchema,
        response: { 200: jsonOrCsvResponse(ListImportRejectionsResponseSchema, 'A page of rejected rows, or (format=csv) all of them as CSV'), ...commonErrors },
      },
    },
    async (request, reply) => {
      const actor = requireImporter(request);
      const found = await getImport({ db, id: request.params.id });
      const locale = request.query.locale ?? actor.locale;
      if (request.query.format === 'json') return listImportRejections({ db, importId: found.id, cursor: request.query.cursor, limit: request.query.limit, locale });
      const rows = (async function* () {
        for await (const r of streamImportRejections({ db, importId: found.id, locale })) {
          for (const p of r.problems) yield [String(r.line), p.field, p.code, p.message, JSON.stringify(r.row)].map((v) => csvSafe(v));
        }
      })();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${found.id}-rejections.csv"`)
        .send(Readable.from(rows).pipe(stringify({ header: true, columns: ['line', 'field', 'code', 'message', 'row'], bom: true })));
    },
  );
};
