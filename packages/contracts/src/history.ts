import { z } from 'zod';
import { ClaimStatusSchema } from './claim-status';
import { ProgramCodeSchema } from './enums';

/** A lowercase hex SHA-256, as the history chain stores it. */
export const HistoryHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One event of a claim's hash-chained history, as the exports (NDJSON line or CSV row) carry it:
 * exactly the inputs of the hash. `hash` = SHA-256 of the canonical text described in
 * `HISTORY_CANONICAL_FORM`; `prevHash` is the previous event's `hash` (null for `seq` 1).
 */
export const HistoryRecordSchema = z
  .object({
    claimId: z.guid(),
    seq: z.number().int().min(1).describe("The event's position in its claim's history, from 1"),
    eventId: z.string().regex(/^[0-9]+$/),
    occurredAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
      .describe('UTC, to the microsecond, exactly as hashed'),
    actorType: z.enum(['USER', 'SYSTEM', 'CUSTOMER']),
    actorUserId: z.guid().nullable(),
    actorName: z.string(),
    type: z.string().min(1),
    data: z.unknown().describe('The event (a ClaimEvent `event` variant), as stored'),
    prevHash: HistoryHashSchema.nullable(),
    hash: HistoryHashSchema,
  })
  .meta({ id: 'HistoryRecord' });
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

/** The CSV header of a history export, in order (also the NDJSON field order). */
export const HISTORY_CSV_COLUMNS = ['claimId', 'seq', 'eventId', 'occurredAt', 'actorType', 'actorUserId', 'actorName', 'type', 'data', 'prevHash', 'hash'] as const;

/** How a verifier recomputes `hash`; documented beside the exports. */
export const HISTORY_CANONICAL_FORM =
  'hash = hex(sha256(utf8(T))), T = PostgreSQL jsonb text of [eventId, claimId, seq, occurredAt, actorType, actorUserId, actorName, type, data, prevHash] ' +
  '(", " and ": " separators, object keys ordered by UTF-8 length then bytes, numbers as written). In CSV, a text cell starting with = + - @ tab, CR or \' has one \' put before it.';

/** The media types of the two export formats. */
export const HISTORY_CONTENT_TYPES = { ndjson: 'application/x-ndjson', csv: 'text/csv' } as const;

const list = <T extends z.ZodType<string, string>>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20));

/** `GET /claims/{id}/history`: the JSON list (default), or the verifiable records as NDJSON or CSV. */
export const ClaimHistoryQuerySchema = z.object({ format: z.enum(['json', 'ndjson', 'csv']).default('json') });
export type ClaimHistoryQuery = z.infer<typeof ClaimHistoryQuerySchema>;

/** `GET /history/export` filters: the claims' current status and program, and the events' instants [from, to). */
export const HistoryExportQuerySchema = z
  .object({
    format: z.enum(['ndjson', 'csv']).default('ndjson'),
    status: list(ClaimStatusSchema).optional().describe('Claims now in one of these statuses (comma-separated or repeated)'),
    program: ProgramCodeSchema.optional(),
    from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this instant'),
    to: z.iso.datetime({ offset: true }).optional().describe('Events before this instant'),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: '`from` must be before `to`.', path: ['from'] });
export type HistoryExportQuery = z.infer<typeof HistoryExportQuerySchema>;
/** The filters of a history export without its format, as the CLI and the route pass them on. */
export type HistoryExportFilters = Omit<HistoryExportQuery, 'format'>;
