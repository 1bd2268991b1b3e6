import { z } from 'zod';
import { ClaimStatusSchema } from './claim-status';
import { ContactSchema, PartnerContactSchema, RevenueDetailsSchema } from './claims';
import { ProgramCodeSchema } from './enums';
import { Limits } from './limits';

const message = z.string().trim().min(1).max(Limits.maxCommentLength);

/** Reasons a reviewer may ask more information for. */
export const InformationReasonSchema = z.enum(['POE_MISSING', 'CUSTOMER_SIGNATURE_MISSING', 'DATES_MISSING_OR_OLD', 'WORK_DESCRIPTION_MISSING', 'PRODUCTS_MISSING']);
export type InformationReason = z.infer<typeof InformationReasonSchema>;

/** Reasons a reviewer may reject for. */
export const RejectionReasonSchema = z.enum(['CUSTOMER_DECLINED', 'INSUFFICIENT_POE', 'PARTNER_REQUEST', 'NO_PARTNER_RESPONSE', 'POE_UNAVAILABLE', 'LOST_CONFLICT']);
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;

/** `POST /claims/{id}/request-info`. */
export const RequestInformationRequestSchema = z.strictObject({ reasons: z.array(InformationReasonSchema).min(1).max(5), message });
/** `POST /claims/{id}/approve`. */
export const ApproveClaimRequestSchema = z.strictObject({ message: message.optional() });
/** `POST /claims/{id}/reject`. */
export const RejectClaimRequestSchema = z.strictObject({ reason: RejectionReasonSchema, message });
/** `POST /claims/{id}/withdraw`. */
export const WithdrawClaimRequestSchema = z.strictObject({ message: message.optional() });

/** The fields a partner may correct in a response; the customer, tenant and products stay as claimed. */
export const ClaimCorrectionsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  customerContact: ContactSchema.optional(),
  customerTechnicalContact: ContactSchema.optional(),
  partnerContact: PartnerContactSchema.optional(),
  revenue: RevenueDetailsSchema.optional(),
});
export type ClaimCorrections = z.infer<typeof ClaimCorrectionsSchema>;

/** `POST /claims/{id}/respond`: the answer to an information request, kept as a new revision. */
export const RespondToClaimRequestSchema = z.strictObject({
  comment: message,
  documentIds: z.array(z.uuid()).max(Limits.maxDocumentsPerClaim).default([]),
  corrections: ClaimCorrectionsSchema.default({}),
});
/** `POST /claims/{id}/dispute`. */
export const DisputeClaimRequestSchema = z.strictObject({ message, documentIds: z.array(z.uuid()).max(Limits.maxDocumentsPerClaim).default([]) });
/** `POST /claims/{id}/dispute-decision`. */
export const DisputeDecisionRequestSchema = z.strictObject({ outcome: z.enum(['UPHELD', 'OVERTURNED']), message });

/** One revision beside the original claim. */
export const ClaimRevisionSchema = z
  .object({
    revision: z.number().int(),
    kind: z.enum(['RESPONSE', 'DISPUTE']),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    comment: z.string(),
    corrections: ClaimCorrectionsSchema,
    documentIds: z.array(z.uuid()),
  })
  .meta({ id: 'ClaimRevision' });
export type ClaimRevision = z.infer<typeof ClaimRevisionSchema>;

/** `GET /claims/{id}/revisions`: the original as submitted and every revision after it. */
export const ClaimRevisionsResponseSchema = z.object({
  original: z.object({ name: z.string().nullable(), customerContact: z.unknown(), customerTechnicalContact: z.unknown(), partnerContact: z.unknown(), revenue: z.unknown() }),
  revisions: z.array(ClaimRevisionSchema),
});

/** `GET /review/queue` filters. */
export const ReviewQueueQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  status: z.enum(['UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED']).optional(),
  program: ProgramCodeSchema.optional(),
  contested: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  late: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  assignedTo: z.union([z.literal('me'), z.literal('nobody'), z.uuid()]).optional(),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;

/** A claim in the review queue. */
export const ReviewQueueItemSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    status: ClaimStatusSchema,
    partnerName: z.string(),
    mpnId: z.string(),
    customerName: z.string().nullable(),
    customerDomain: z.string().nullable(),
    programs: z.array(ProgramCodeSchema),
    submittedAt: z.iso.datetime().nullable(),
    dueAt: z.iso.datetime().nullable(),
    isLate: z.boolean(),
    contested: z.boolean(),
    assignedReviewer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'ReviewQueueItem' });
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

/** `GET /review/queue` answer. */
export const ReviewQueueResponseSchema = z.object({ items: z.array(ReviewQueueItemSchema), nextCursor: z.string().nullable() });
