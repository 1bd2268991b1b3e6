import { z } from 'zod';
import { ClaimStatusSchema } from './claim-status';
import { ErrorDetailSchema } from './errors';
import { ImportFormatSchema } from './imports';

/** Limits of one bulk claims file: rows are checked one by one in the request, so both are small. */
export const BULK_CLAIM_LIMITS = {
  /** Data rows in one file; more is a 413 TOO_MANY_ROWS before anything is written. */
  maxRows: 5000,
  /** Bytes in one file. */
  maxBytes: 20 * 1024 * 1024,
} as const;

/**
 * The columns (CSV header) or field names (NDJSON) of a bulk claims file, one claim per row;
 * `required` columns must be in the header (a row may still leave a cell empty and be rejected).
 * List cells (`activities`, `products`) separate values with `;`; a product may name its
 * subscription as `CODE:SUBSCRIPTION_ID`.
 */
export const BULK_CLAIM_FIELDS = [
  { name: 'name', required: true, example: 'Contoso Teams rollout' },
  { name: 'location_mpn_id', required: true, example: '4412001' },
  { name: 'customer_domain', required: true, example: 'contoso.nl' },
  { name: 'tenant_id', required: true, example: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
  { name: 'solution_area', required: true, example: 'MICROSOFT_365' },
  { name: 'activities', required: true, example: 'USAGE' },
  { name: 'program', required: false, example: '' },
  { name: 'products', required: true, example: 'MICROSOFT_TEAMS;SHAREPOINT_ONLINE' },
  { name: 'customer_contact_name', required: true, example: 'Carla Jansen' },
  { name: 'customer_contact_title', required: true, example: 'IT manager' },
  { name: 'customer_contact_email', required: true, example: 'carla@contoso.nl' },
  { name: 'technical_contact_name', required: false, example: '' },
  { name: 'technical_contact_title', required: false, example: '' },
  { name: 'technical_contact_email', required: false, example: '' },
  { name: 'partner_contact_name', required: true, example: 'Nina de Vries' },
  { name: 'partner_contact_email', required: true, example: 'nina@northwind.example' },
  { name: 'seller_name', required: false, example: '' },
  { name: 'customer_name', required: false, example: '' },
  { name: 'isv_solution_name', required: false, example: '' },
  { name: 'comments', required: false, example: 'Rolled out Teams to 400 seats.' },
  { name: 'poe_document_id', required: false, example: '' },
] as const satisfies readonly { name: string; required: boolean; example: string }[];
export type BulkClaimField = (typeof BULK_CLAIM_FIELDS)[number]['name'];

/** Why a whole bulk file was refused before any row was looked at (422; too many rows or bytes: 413). */
export const BulkClaimFileProblemSchema = z.enum([
  'FILE_ENCODING',
  'FILE_NOT_CSV',
  'FILE_NOT_NDJSON',
  'FILE_EMPTY',
  'HEADER_MISSING',
  'UNKNOWN_COLUMNS',
  'MISSING_COLUMNS',
  'TOO_MANY_ROWS',
  'POE_DOCUMENT_UNKNOWN',
]);

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').default(false);

/** `POST /claims/bulk` query. */
export const CreateBulkClaimsQuerySchema = z.object({
  dryRun: flag.describe('Check every row and create nothing'),
  submit: flag.describe('Submit each valid claim for review right after creating it'),
  poeDocumentId: z.uuid().optional().describe("A PoE document already uploaded to one of your organisation's claims, copied to every row without its own poe_document_id"),
  fileName: z.string().trim().max(200).optional().describe('Shown with the record'),
});
export type CreateBulkClaimsQuery = z.infer<typeof CreateBulkClaimsQuerySchema>;

/** What became of one row: checked only (dry run), created as a draft, submitted, or rejected. */
export const BulkClaimRowStatusSchema = z.enum(['VALID', 'CREATED', 'SUBMITTED', 'REJECTED']);
export type BulkClaimRowStatus = z.infer<typeof BulkClaimRowStatusSchema>;

/** One row's result: the claim it made, or every problem with the same codes as `POST /claims/validate`. */
export const BulkClaimRowResultSchema = z
  .object({
    line: z.number().int().describe('Line in the file (CSV: where the row ends)'),
    status: BulkClaimRowStatusSchema,
    name: z.string().nullable().describe('The claim name the row gave'),
    customerDomain: z.string().nullable(),
    claimId: z.uuid().nullable(),
    claimStatus: ClaimStatusSchema.nullable(),
    problems: z.array(ErrorDetailSchema),
  })
  .meta({ id: 'BulkClaimRowResult' });
export type BulkClaimRowResult = z.infer<typeof BulkClaimRowResultSchema>;

/** A bulk upload's record, as `POST /claims/bulk` answers it and `GET /claims/bulk/{id}` shows it again. */
export const BulkClaimUploadSchema = z
  .object({
    id: z.uuid(),
    format: ImportFormatSchema,
    fileName: z.string().nullable(),
    dryRun: z.boolean(),
    submit: z.boolean(),
    poeDocumentId: z.uuid().nullable(),
    status: z.enum(['RUNNING', 'COMPLETED']),
    rowsRead: z.number().int(),
    valid: z.number().int().describe('Rows without problems (a dry run counts only these)'),
    created: z.number().int().describe('Drafts created (submitted ones included)'),
    submitted: z.number().int(),
    rejected: z.number().int(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    rows: z.array(BulkClaimRowResultSchema),
  })
  .meta({ id: 'BulkClaimUpload' });
export type BulkClaimUpload = z.infer<typeof BulkClaimUploadSchema>;
