import { z } from 'zod';
import { Limits } from './limits';

/** What an import loads: the customer directory (tenants, subscriptions) or monthly usage. */
export const ImportKindSchema = z.enum(['tenants', 'subscriptions', 'usage']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** The columns (CSV header) or field names (NDJSON) of each kind; `required` ones must be present. */
export const IMPORT_FIELDS: Record<ImportKind, { name: string; required: boolean; example: string }[]> = {
  tenants: [
    { name: 'tenant_id', required: true, example: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    { name: 'name', required: true, example: 'Contoso Nederland' },
    { name: 'country', required: true, example: 'NL' },
    { name: 'time_zone', required: true, example: 'Europe/Amsterdam' },
    { name: 'domains', required: true, example: 'contoso.onmicrosoft.com;contoso.nl' },
  ],
  subscriptions: [
    { name: 'subscription_id', required: true, example: '9b2e7a61-6a0b-4e1c-8f3a-2d5c8e4b7a10' },
    { name: 'tenant_id', required: true, example: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    { name: 'product_code', required: true, example: 'POWER_BI_PRO' },
    { name: 'channel', required: true, example: 'DIRECT' },
    { name: 'state', required: true, example: 'ACTIVE' },
    { name: 'start_date', required: true, example: '2025-01-01' },
    { name: 'end_date', required: false, example: '2027-12-31' },
  ],
  usage: [
    { name: 'tenant_id', required: true, example: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    { name: 'product_code', required: true, example: 'MICROSOFT_TEAMS' },
    { name: 'subscription_id', required: false, example: '' },
    { name: 'month', required: true, example: '2026-11' },
    { name: 'licensed_seats', required: true, example: '250' },
    { name: 'active_users', required: true, example: '212' },
  ],
};

/** Where an import stands: queued for the worker, running, or done either way. */
export const ImportStatusSchema = z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

/** The two file formats, told apart by the request's Content-Type. */
export const ImportFormatSchema = z.enum(['CSV', 'NDJSON']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** The Content-Types an import body may have, by format. */
export const IMPORT_CONTENT_TYPES = { CSV: 'text/csv', NDJSON: 'application/x-ndjson' } as const;

/** Why a whole file was refused, before any row was looked at. */
export const ImportFileProblemSchema = z.enum(['FILE_ENCODING', 'FILE_NOT_CSV', 'FILE_NOT_NDJSON', 'FILE_EMPTY', 'HEADER_MISSING', 'UNKNOWN_COLUMNS', 'MISSING_COLUMNS', 'IMPORT_CRASHED']);

/** Why one row was rejected; each problem names its field. */
export const ImportProblemCodeSchema = z.enum([
  'REQUIRED',
  'INVALID_GUID',
  'INVALID_COUNTRY',
  'INVALID_TIME_ZONE',
  'INVALID_DOMAIN',
  'DOMAIN_OF_OTHER_TENANT',
  'DUPLICATE_DOMAIN',
  'DUPLICATE_KEY',
  'TOO_LONG',
  'UNKNOWN_PRODUCT',
  'UNKNOWN_TENANT',
  'UNKNOWN_SUBSCRIPTION',
  'SUBSCRIPTION_MISMATCH',
  'SUBSCRIPTION_TENANT_CHANGED',
  'INVALID_CHANNEL',
  'INVALID_STATE',
  'INVALID_DATE',
  'END_BEFORE_START',
  'INVALID_MONTH',
  'INVALID_INTEGER',
  'ACTIVE_ABOVE_LICENSED',
  'INVALID_JSON',
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCodeSchema>;

/** English and Dutch text for every row problem, shown in rejections. */
export const IMPORT_PROBLEM_MESSAGES: Record<ImportProblemCode, { en: string; nl: string }> = {
  REQUIRED: { en: 'A value is required.', nl: 'Een waarde is verplicht.' },
  INVALID_GUID: { en: 'Not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).', nl: 'Geen GUID (bijv. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).' },
  INVALID_COUNTRY: { en: 'Not an ISO 3166-1 alpha-2 country code (e.g. NL).', nl: 'Geen ISO 3166-1 alpha-2 landcode (bijv. NL).' },
  INVALID_TIME_ZONE: { en: 'Not an IANA time zone (e.g. Europe/Amsterdam).', nl: 'Geen IANA-tijdzone (bijv. Europe/Amsterdam).' },
  INVALID_DOMAIN: { en: 'Not a domain name (e.g. contoso.com).', nl: 'Geen domeinnaam (bijv. contoso.com).' },
  DOMAIN_OF_OTHER_TENANT: { en: 'This domain is verified for another tenant that this file does not move it from.', nl: 'Dit domein is geverifieerd voor een andere tenant waar dit bestand het niet van verplaatst.' },
  DUPLICATE_DOMAIN: { en: 'This domain is listed for more than one tenant in this file.', nl: 'Dit domein staat in dit bestand bij meer dan één tenant.' },
  DUPLICATE_KEY: { en: 'Another row of this file has the same key.', nl: 'Een andere rij van dit bestand heeft dezelfde sleutel.' },
  TOO_LONG: { en: 'The value is too long.', nl: 'De waarde is te lang.' },
  UNKNOWN_PRODUCT: { en: 'No product with this code in the catalogue.', nl: 'Geen product met deze code in de catalogus.' },
  UNKNOWN_TENANT: { en: 'No such tenant in the directory: import it with the tenants first.', nl: 'Deze tenant staat niet in de directory: importeer eerst de tenants.' },
  UNKNOWN_SUBSCRIPTION: { en: 'No such subscription in the directory.', nl: 'Dit abonnement staat niet in de directory.' },
  SUBSCRIPTION_MISMATCH: { en: 'The subscription belongs to another tenant or product.', nl: 'Het abonnement hoort bij een andere tenant of een ander product.' },
  SUBSCRIPTION_TENANT_CHANGED: { en: 'The subscription already belongs to another tenant.', nl: 'Het abonnement hoort al bij een andere tenant.' },
  INVALID_CHANNEL: { en: 'Channel must be DIRECT, EA, CSP, MCA or OPEN.', nl: 'Kanaal moet DIRECT, EA, CSP, MCA of OPEN zijn.' },
  INVALID_STATE: { en: 'State must be ACTIVE, GRACE, SUSPENDED or EXPIRED.', nl: 'Status moet ACTIVE, GRACE, SUSPENDED of EXPIRED zijn.' },
  INVALID_DATE: { en: 'Not a date (YYYY-MM-DD).', nl: 'Geen datum (JJJJ-MM-DD).' },
  END_BEFORE_START: { en: 'The end date is before the start date.', nl: 'De einddatum ligt voor de begindatum.' },
  INVALID_MONTH: { en: 'Not a month (YYYY-MM).', nl: 'Geen maand (JJJJ-MM).' },
  INVALID_INTEGER: { en: 'Not a whole number of at least 0.', nl: 'Geen geheel getal van minstens 0.' },
  ACTIVE_ABOVE_LICENSED: { en: 'Active users exceed licensed seats.', nl: 'Er zijn meer actieve gebruikers dan licenties.' },
  INVALID_JSON: { en: 'This line is not a JSON object.', nl: 'Deze regel is geen JSON-object.' },
};

/** `POST /imports` query: the kind, and a dry run that writes nothing but the import record. */
export const CreateImportQuerySchema = z.object({
  kind: ImportKindSchema,
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
  fileName: z.string().trim().max(200).optional().describe('Shown in the import history'),
});

/** One import as listed and as `GET /imports/{id}` answers it. */
export const ImportSchema = z
  .object({
    id: z.uuid(),
    kind: ImportKindSchema,
    format: ImportFormatSchema,
    dryRun: z.boolean(),
    status: ImportStatusSchema,
    fileName: z.string().nullable(),
    totalBytes: z.number().int(),
    bytesRead: z.number().int().describe('Progress: bytes of the file parsed so far'),
    rowsRead: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    failure: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Import' });
export type Import = z.infer<typeof ImportSchema>;

/** `POST /imports` answer (202): the record to poll. */
export const CreateImportResponseSchema = z.object({ id: z.uuid(), status: ImportStatusSchema });

/** `GET /imports` filters. */
export const ListImportsQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  kind: ImportKindSchema.optional(),
  status: ImportStatusSchema.optional(),
});
export type ListImportsQuery = z.infer<typeof ListImportsQuerySchema>;

/** `GET /imports` answer, newest first. */
export const ListImportsResponseSchema = z.object({ items: z.array(ImportSchema), nextCursor: z.string().nullable() });

/** One rejected row: where it was, what it said, and every problem with it. */
export const ImportRejectionSchema = z
  .object({
    line: z.number().int(),
    row: z.record(z.string(), z.unknown()),
    problems: z.array(z.object({ field: z.string(), code: ImportProblemCodeSchema, message: z.string() })),
  })
  .meta({ id: 'ImportRejection' });
export type ImportRejection = z.infer<typeof ImportRejectionSchema>;

/** `GET /imports/{id}/rejections` query: JSON pages, or the whole list as CSV. */
export const ListImportRejectionsQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  format: z.enum(['json', 'csv']).default('json'),
  locale: z.enum(['en', 'nl']).optional().describe("Language of the messages; default the caller's"),
});

/** `GET /imports/{id}/rejections` answer (JSON). */
export const ListImportRejectionsResponseSchema = z.object({ items: z.array(ImportRejectionSchema), nextCursor: z.string().nullable() });

/** `GET /imports/templates/{kind}` path. */
export const ImportTemplateParamsSchema = z.object({ kind: ImportKindSchema });
