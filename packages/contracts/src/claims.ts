import { z } from 'zod';
import { ClaimActionSchema, ClaimStatusSchema } from './claim-status';
import { ActivitySchema, ProgramCodeSchema, SolutionAreaSchema } from './enums';
import { ErrorDetailSchema } from './errors';
import { Limits } from './limits';

const text = (max: number) => z.string().trim().min(1, 'Required.').max(max);

/** A DNS domain name, lower-cased (e.g. contoso.onmicrosoft.com). */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Enter a domain name such as contoso.com.');

/** A customer contact: all three fields are required (DESIGN.md section 3). */
export const ContactSchema = z.strictObject({ name: text(200), title: text(200), email: z.email().max(254) });
/** The partner's own contact. */
export const PartnerContactSchema = z.strictObject({ name: text(200), email: z.email().max(254) });
/** Revenue association details. */
export const RevenueDetailsSchema = z.strictObject({ sellerName: text(200), customerName: text(200), isvSolutionName: text(200) });
/** One claimed product or workload, with its subscription where the program is per subscription. */
export const ClaimLineInputSchema = z.strictObject({
  productCode: z.string().regex(/^[A-Z0-9_]{2,64}$/, 'Use a product code from the catalogue.'),
  subscriptionId: z.guid().optional(),
});

// ---- The wizard's steps, in the seed's order; the complete claim is their composition. ----

/** Step 1: the partner location and the customer tenant. */
export const ClaimCustomerStepSchema = z.strictObject({
  locationId: z.uuid(),
  customer: z.strictObject({ domain: DomainSchema, tenantId: z.guid() }),
});
/** Step 2: solution area and activities (Business Applications: usage and/or pre-sales, or revenue alone). */
export const ClaimScopeStepSchema = z.strictObject({
  solutionArea: SolutionAreaSchema,
  activities: z.array(ActivitySchema).min(1).max(3),
  program: ProgramCodeSchema.optional().describe(
    'The program you mean to claim under; derived from solution area and activities when omitted. CSP, Managed Reseller, Hosting and Surface are refused (PROGRAM_EXCLUDED).',
  ),
});
/** Step 3: the claim's name, and the revenue details for a revenue association. */
export const ClaimDetailsStepSchema = z.strictObject({ name: text(200), revenue: RevenueDetailsSchema.optional() });
/** Step 4: products and, where needed, subscriptions. */
export const ClaimProductsStepSchema = z.strictObject({ lines: z.array(ClaimLineInputSchema).min(1).max(Limits.maxClaimLines) });
/** Step 5: contacts (the technical contact for Business Applications). */
export const ClaimContactsStepSchema = z.strictObject({
  customerContact: ContactSchema,
  customerTechnicalContact: ContactSchema.optional(),
  partnerContact: PartnerContactSchema,
});
/** Step 7: optional comments for the reviewer. */
export const ClaimCommentsStepSchema = z.strictObject({ comments: z.string().trim().max(Limits.maxCommentLength).optional() });

type CrossFieldInput = {
  solutionArea?: string;
  activities?: string[];
  revenue?: unknown;
  customerTechnicalContact?: unknown;
  lines?: { productCode: string; subscriptionId?: string }[];
};

/** Rules between fields, shared by the scope step and the complete claim so both say the same. */
export function claimCrossFieldProblems(c: CrossFieldInput): { path: string; code: string; message: string }[] {
  const problems: { path: string; code: string; message: string }[] = [];
  const acts = c.activities ?? [];
  if (new Set(acts).size !== acts.length) problems.push({ path: 'activities', code: 'DUPLICATE', message: 'Each activity once.' });
  if (acts.includes('REVENUE')) {
    if (c.solutionArea === 'MICROSOFT_365') {
      problems.push({ path: 'activities', code: 'ACTIVITY_NOT_IN_SOLUTION_AREA', message: 'Revenue association is for Business Applications only.' });
    } else if (acts.length > 1) {
      problems.push({ path: 'activities', code: 'REVENUE_ALONE', message: 'Revenue association is claimed on its own, without usage or pre-sales.' });
    }
    if (c.revenue === undefined) problems.push({ path: 'revenue', code: 'REQUIRED', message: 'A revenue association needs the seller, customer and ISV solution names.' });
  }
  if (c.solutionArea === 'BUSINESS_APPLICATIONS' && c.customerTechnicalContact === undefined) {
    problems.push({ path: 'customerTechnicalContact', code: 'REQUIRED', message: 'Business Applications claims need the customer technical contact.' });
  }
  const seen = new Set<string>();
  for (const [i, line] of (c.lines ?? []).entries()) {
    const key = `${line.productCode}|${line.subscriptionId ?? ''}`;
    if (seen.has(key)) problems.push({ path: `lines.${i}`, code: 'DUPLICATE', message: 'This product is already on the claim.' });
    seen.add(key);
  }
  return problems;
}

const addCrossField = (c: CrossFieldInput, ctx: z.RefinementCtx) => {
  for (const p of claimCrossFieldProblems(c)) ctx.addIssue({ code: 'custom', path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: p.message, params: { code: p.code } });
};

/** The complete claim a partner submits (and `POST /claims/validate` checks). */
export const ClaimBodySchema = z
  .strictObject({
    ...ClaimCustomerStepSchema.shape,
    ...ClaimScopeStepSchema.shape,
    ...ClaimDetailsStepSchema.shape,
    ...ClaimProductsStepSchema.shape,
    ...ClaimContactsStepSchema.shape,
    ...ClaimCommentsStepSchema.shape,
  })
  .superRefine(addCrossField)
  .meta({ id: 'ClaimBody' });
export type ClaimBody = z.infer<typeof ClaimBodySchema>;

// ---- Drafts: any subset, each present field well-typed; completeness is checked on submit. ----

const loose = (max: number) => z.string().max(max);
/** A draft's fields: every field optional (null clears it on PATCH). */
export const ClaimDraftFieldsSchema = z.strictObject({
  name: loose(200).nullable().optional(),
  customer: z.strictObject({ domain: loose(253).optional(), tenantId: loose(64).optional() }).nullable().optional(),
  solutionArea: SolutionAreaSchema.nullable().optional(),
  activities: z.array(ActivitySchema).max(3).nullable().optional(),
  program: ProgramCodeSchema.nullable().optional(),
  lines: z
    .array(z.strictObject({ productCode: loose(64), subscriptionId: loose(64).optional() }))
    .max(Limits.maxClaimLines)
    .nullable()
    .optional(),
  customerContact: z.strictObject({ name: loose(200).optional(), title: loose(200).optional(), email: loose(254).optional() }).nullable().optional(),
  customerTechnicalContact: z
    .strictObject({ name: loose(200).optional(), title: loose(200).optional(), email: loose(254).optional() })
    .nullable()
    .optional(),
  partnerContact: z.strictObject({ name: loose(200).optional(), email: loose(254).optional() }).nullable().optional(),
  revenue: z
    .strictObject({ sellerName: loose(200).optional(), customerName: loose(200).optional(), isvSolutionName: loose(200).optional() })
    .nullable()
    .optional(),
  comments: loose(Limits.maxCommentLength).nullable().optional(),
});
export type ClaimDraftFields = z.infer<typeof ClaimDraftFieldsSchema>;

/** `POST /claims`: a new draft; only the location is required. */
export const CreateClaimRequestSchema = ClaimDraftFieldsSchema.extend({ locationId: z.uuid() }).meta({ id: 'CreateClaimRequest' });
export type CreateClaimRequest = z.infer<typeof CreateClaimRequestSchema>;

/** `PATCH /claims/{id}`: fields present replace the draft's, `null` clears them. */
export const UpdateClaimRequestSchema = ClaimDraftFieldsSchema.extend({ locationId: z.uuid().optional() }).meta({ id: 'UpdateClaimRequest' });
export type UpdateClaimRequest = z.infer<typeof UpdateClaimRequestSchema>;

/** `POST /claims/validate` and `/claims/{id}/validate` answer: every problem at once. */
export const ValidateClaimResponseSchema = z
  .object({ valid: z.boolean(), problems: z.array(ErrorDetailSchema), programs: z.array(ProgramCodeSchema) })
  .meta({ id: 'ValidationResult' });
export type ValidateClaimResponse = z.infer<typeof ValidateClaimResponseSchema>;

/** A proof-of-execution document as listed on the claim. */
export const ClaimDocumentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
    uploadedBy: z.string(),
  })
  .meta({ id: 'ClaimDocument' });
export type ClaimDocument = z.infer<typeof ClaimDocumentSchema>;

/** A comment in the claim's thread (separate from the `comments` field the partner filled in). */
export const ClaimCommentSchema = z
  .object({ id: z.uuid(), body: z.string(), authorName: z.string(), authorSide: z.enum(['PARTNER', 'VENDOR']), createdAt: z.iso.datetime() })
  .meta({ id: 'ClaimComment' });
export type ClaimComment = z.infer<typeof ClaimCommentSchema>;

/** `POST /claims/{id}/comments`. */
export const AddClaimCommentRequestSchema = z.strictObject({ body: text(Limits.maxCommentLength) });

const nullableContact = z.object({ name: z.string().optional(), title: z.string().optional(), email: z.string().optional() }).nullable();

/** A claim as the API answers it. */
export const ClaimSchema = z
  .object({
    id: z.uuid(),
    status: ClaimStatusSchema,
    name: z.string().nullable(),
    locationId: z.uuid(),
    location: z.object({ id: z.uuid(), mpnId: z.string(), name: z.string() }),
    customer: z.object({ domain: z.string().nullable(), tenantId: z.string().nullable(), name: z.string().nullable() }),
    solutionArea: SolutionAreaSchema.nullable(),
    activities: z.array(ActivitySchema),
    program: ProgramCodeSchema.nullable(),
    programs: z.array(ProgramCodeSchema),
    lines: z.array(
      z.object({ productCode: z.string(), productName: z.string().nullable(), subscriptionId: z.string().nullable(), subscriptionChosen: z.enum(['PARTNER', 'AUTOMATIC']).nullable() }),
    ),
    customerContact: nullableContact,
    customerTechnicalContact: nullableContact,
    partnerContact: z.object({ name: z.string().optional(), email: z.string().optional() }).nullable(),
    revenue: z.object({ sellerName: z.string().optional(), customerName: z.string().optional(), isvSolutionName: z.string().optional() }).nullable(),
    comments: z.string().nullable(),
    documents: z.array(ClaimDocumentSchema),
    commentThread: z.array(ClaimCommentSchema),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
    customerTimeZone: z.string().nullable().describe("The customer's IANA zone, in which business-day deadlines are counted"),
    deadlines: z.object({
      reviewDueAt: z.iso.datetime().nullable(),
      isReviewLate: z.boolean(),
      responseDueAt: z.iso.datetime().nullable(),
      consentClosesAt: z.iso.datetime().nullable(),
      disputeDueAt: z.iso.datetime().nullable(),
    }),
    informationRequest: z.object({ reasons: z.array(z.string()), message: z.string().nullable() }).nullable(),
    rejection: z.object({ reason: z.string(), message: z.string().nullable(), at: z.iso.datetime() }).nullable(),
    contested: z.boolean(),
    revision: z.number().int(),
    assignedReviewer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    allowedActions: z.array(ClaimActionSchema),
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof ClaimSchema>;

/** How the claims list can be ordered; each with a direction. */
export const ClaimSortSchema = z.enum(['submitted', '-submitted', 'updated', '-updated', 'name', '-name', 'status', '-status']);
export type ClaimSort = z.infer<typeof ClaimSortSchema>;

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20));

/** `GET /claims` and `GET /claims/export` filters (repeat a parameter or separate values by commas). */
export const ListClaimsQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  q: z.string().trim().max(Limits.maxSearchLength).optional().describe('Claim name, domain, tenant ID or customer name'),
  status: csv(ClaimStatusSchema).optional(),
  locationId: z.uuid().optional(),
  solutionArea: SolutionAreaSchema.optional(),
  program: ProgramCodeSchema.optional(),
  product: z.string().regex(/^[A-Z0-9_]{2,64}$/).optional(),
  createdFrom: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  createdTo: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  submittedFrom: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  submittedTo: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  sort: ClaimSortSchema.default('-updated'),
});
export type ListClaimsQuery = z.infer<typeof ListClaimsQuerySchema>;

/** A claim in a list: what the associations page shows in a row. */
export const ClaimSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    status: ClaimStatusSchema,
    location: z.object({ id: z.uuid(), mpnId: z.string(), name: z.string() }),
    customer: z.object({ domain: z.string().nullable(), tenantId: z.string().nullable(), name: z.string().nullable() }),
    solutionArea: SolutionAreaSchema.nullable(),
    programs: z.array(ProgramCodeSchema),
    products: z.array(z.string()),
    contested: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ClaimSummary' });
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** `GET /claims` answer. */
export const ListClaimsResponseSchema = z.object({ items: z.array(ClaimSummarySchema), nextCursor: z.string().nullable() });
export type ListClaimsResponse = z.infer<typeof ListClaimsResponseSchema>;
