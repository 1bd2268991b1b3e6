import { z } from 'zod';
import { AssociationEndReasonSchema } from './associations';
import { ClaimStatusSchema } from './claim-status';
import { ErrorDetailSchema } from './errors';
import { ReasonCodeSchema } from './reason-codes';

/** What happened to a claim, one variant per kind; stored as JSON and read back through one parser. */
export const ClaimEventDataSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CLAIM_CREATED') }),
  z.object({ type: z.literal('DRAFT_SAVED'), fields: z.array(z.string()) }),
  z.object({ type: z.literal('DRAFT_DELETED') }),
  z.object({
    type: z.literal('STATUS_CHANGED'),
    from: ClaimStatusSchema,
    to: ClaimStatusSchema,
    reason: ReasonCodeSchema.optional(),
    message: z.string().optional(),
  }),
  z.object({ type: z.literal('DOCUMENT_ADDED'), documentId: z.uuid(), fileName: z.string(), sha256: z.string(), sizeBytes: z.number().int() }),
  z.object({ type: z.literal('DOCUMENT_REMOVED'), documentId: z.uuid(), fileName: z.string() }),
  z.object({ type: z.literal('COMMENT_ADDED'), commentId: z.uuid(), excerpt: z.string() }),
  z.object({ type: z.literal('VALIDATION_FINDINGS'), valid: z.boolean(), problems: z.array(ErrorDetailSchema), contested: z.boolean().optional() }),
  z.object({ type: z.literal('REVIEWER_ASSIGNED'), reviewer: z.string().nullable() }),
  z.object({ type: z.literal('REVIEW_LATE'), dueAt: z.iso.datetime() }),
  z.object({
    type: z.literal('ASSOCIATION_STARTED'),
    associationId: z.uuid(),
    program: z.string(),
    key: z.string().describe('program/workload or program/subscription'),
  }),
  z.object({
    type: z.literal('ASSOCIATION_ENDED'),
    associationId: z.uuid(),
    program: z.string(),
    key: z.string(),
    reason: AssociationEndReasonSchema,
    message: z.string().optional(),
  }),
  z.object({ type: z.literal('ASSOCIATION_EXPIRING'), associationId: z.uuid(), key: z.string(), endDate: z.iso.date() }),
  z.object({
    type: z.literal('EMAIL_SENT'),
    emailId: z.uuid(),
    template: z.string(),
    to: z.string(),
    subject: z.string(),
    delivery: z.enum(['SENT', 'OUTBOX', 'FAILED']),
  }),
]);
export type ClaimEventData = z.infer<typeof ClaimEventDataSchema>;
export type ClaimEventType = ClaimEventData['type'];

/** One history entry as the API answers it. */
export const ClaimEventSchema = z
  .object({
    id: z.string(),
    occurredAt: z.iso.datetime(),
    actor: z.object({ type: z.enum(['USER', 'SYSTEM', 'CUSTOMER']), name: z.string() }),
    event: ClaimEventDataSchema,
  })
  .meta({ id: 'ClaimEvent' });
export type ClaimEvent = z.infer<typeof ClaimEventSchema>;

/** `GET /claims/{id}/history` answer, oldest first. */
export const ClaimHistoryResponseSchema = z.object({ items: z.array(ClaimEventSchema) });
export type ClaimHistoryResponse = z.infer<typeof ClaimHistoryResponseSchema>;
