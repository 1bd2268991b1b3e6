import { z } from 'zod';
import { ExclusivityUnitSchema, ProgramCodeSchema } from './enums';
import { Limits } from './limits';

/** An association is held (ACTIVE) or over (ENDED, with a reason). */
export const AssociationStatusSchema = z.enum(['ACTIVE', 'ENDED']);
export type AssociationStatus = z.infer<typeof AssociationStatusSchema>;

/** Why an association ended (DESIGN.md section 4). */
export const AssociationEndReasonSchema = z.enum(['PARTNER_DISASSOCIATED', 'CUSTOMER_REVOKED', 'SUBSCRIPTION_EXPIRED', 'SUPERSEDED']);
export type AssociationEndReason = z.infer<typeof AssociationEndReasonSchema>;

/** One partner's hold on one exclusivity key, made by one line of one claim. */
export const AssociationSchema = z
  .object({
    id: z.uuid(),
    status: AssociationStatusSchema,
    claimId: z.uuid(),
    claimName: z.string().nullable(),
    program: ProgramCodeSchema,
    exclusivityUnit: ExclusivityUnitSchema,
    location: z.object({ id: z.uuid(), mpnId: z.string(), name: z.string() }),
    partnerName: z.string().describe('Only vendor staff see associations of more than one partner'),
    customer: z.object({ tenantId: z.string(), name: z.string().nullable(), domain: z.string().nullable() }),
    productCode: z.string(),
    productName: z.string().nullable(),
    subscriptionId: z.string().nullable(),
    subscriptionEndDate: z.iso.date().nullable(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    endReason: AssociationEndReasonSchema.nullable(),
    endMessage: z.string().nullable(),
  })
  .meta({ id: 'Association' });
export type Association = z.infer<typeof AssociationSchema>;

/** How the associations list can be ordered. */
export const AssociationSortSchema = z.enum(['started', '-started', 'ended', '-ended']);

/** `GET /associations` and `GET /associations/export` filters. */
export const ListAssociationsQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  status: AssociationStatusSchema.optional(),
  program: ProgramCodeSchema.optional(),
  locationId: z.uuid().optional(),
  tenantId: z.uuid().optional(),
  claimId: z.uuid().optional(),
  q: z.string().trim().max(Limits.maxSearchLength).optional().describe('Customer name, domain, tenant ID, product or subscription ID'),
  sort: AssociationSortSchema.default('-started'),
});
export type ListAssociationsQuery = z.infer<typeof ListAssociationsQuerySchema>;

/** `GET /associations` answer. */
export const ListAssociationsResponseSchema = z.object({ items: z.array(AssociationSchema), nextCursor: z.string().nullable() });
export type ListAssociationsResponse = z.infer<typeof ListAssociationsResponseSchema>;

/** `POST /associations/{id}/end`: the partner disassociates, saying why. */
export const EndAssociationRequestSchema = z.strictObject({ message: z.string().trim().min(1).max(Limits.maxCommentLength) });
