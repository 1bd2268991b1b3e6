import { z } from 'zod';
import { ProgramCodeSchema } from './enums';
import { Limits } from './limits';
import { PageQuerySchema } from './pagination';

/** A calendar month as the usage API writes it. */
export const UsageMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM.');

/** One month of one tenant's product (and subscription, when the figure is per subscription). */
export const UsageRecordSchema = z
  .object({
    tenantId: z.string(),
    tenantName: z.string().nullable(),
    productCode: z.string(),
    subscriptionId: z.string().nullable(),
    month: UsageMonthSchema,
    licensedSeats: z.number().int(),
    activeUsers: z.number().int(),
  })
  .meta({ id: 'UsageRecord' });
export type UsageRecord = z.infer<typeof UsageRecordSchema>;

const UsageFilterShape = {
  tenantId: z.uuid().optional(),
  productCode: z.string().trim().min(1).max(64).optional(),
  program: ProgramCodeSchema.optional().describe('Only usage an active association of this program gives access to'),
  from: UsageMonthSchema.optional().describe('First month, inclusive'),
  to: UsageMonthSchema.optional().describe('Last month, inclusive'),
};

/** `GET /usage` filters; `format=csv` streams every page as one CSV file. */
export const ListUsageQuerySchema = PageQuerySchema.extend({
  format: z.enum(['json', 'csv']).default('json'),
  ...UsageFilterShape,
});
export type ListUsageQuery = z.infer<typeof ListUsageQuerySchema>;

/** The filters a usage read applies, without paging. */
export type UsageFilters = Pick<ListUsageQuery, 'tenantId' | 'productCode' | 'program' | 'from' | 'to'>;

/** `GET /associations/{id}/usage` query: the months one association gives access to. */
export const AssociationUsageQuerySchema = PageQuerySchema.extend({
  from: UsageFilterShape.from,
  to: UsageFilterShape.to,
});
export type AssociationUsageQuery = z.infer<typeof AssociationUsageQuerySchema>;

/** A page of usage figures, in tenant, product, subscription and month order. */
export const UsagePageSchema = z.object({ items: z.array(UsageRecordSchema), nextCursor: z.string().nullable() }).meta({ id: 'UsagePage' });
export type UsagePage = z.infer<typeof UsagePageSchema>;

/** How a read reached the API: a signed-in browser session or an API token. */
export const UsageAccessChannelSchema = z.enum(['WEB', 'API']);
export type UsageAccessChannel = z.infer<typeof UsageAccessChannelSchema>;

/** Which read it was: a page of the list, an export, or one association's months. */
export const UsageAccessKindSchema = z.enum(['LIST', 'EXPORT', 'ASSOCIATION']);
export type UsageAccessKind = z.infer<typeof UsageAccessKindSchema>;

/** One key read, with its months. */
export const UsageAccessKeySchema = z.object({
  tenantId: z.string(),
  productCode: z.string(),
  subscriptionId: z.string().nullable(),
  months: z.array(UsageMonthSchema),
});
export type UsageAccessKey = z.infer<typeof UsageAccessKeySchema>;

/** One read of usage data: who, how, when and what. */
export const UsageAccessEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    actorName: z.string().describe('The user, or the API token with its owner'),
    channel: UsageAccessChannelSchema,
    kind: UsageAccessKindSchema,
    keys: z.array(UsageAccessKeySchema),
  })
  .meta({ id: 'UsageAccessEntry' });
export type UsageAccessEntry = z.infer<typeof UsageAccessEntrySchema>;

/** `GET /usage/access-log` filters (partner admins see their own organisation only). */
export const ListUsageAccessQuerySchema = PageQuerySchema.extend({
  organisationId: z.uuid().optional(),
  tenantId: z.uuid().optional(),
  from: z.iso.date().optional().describe('First day (UTC), inclusive'),
  to: z.iso.date().optional().describe('Last day (UTC), inclusive'),
});
export type ListUsageAccessQuery = z.infer<typeof ListUsageAccessQuerySchema>;

/** `GET /usage/access-log` answer, newest first. */
export const ListUsageAccessResponseSchema = z.object({ items: z.array(UsageAccessEntrySchema), nextCursor: z.string().nullable() });
export type ListUsageAccessResponse = z.infer<typeof ListUsageAccessResponseSchema>;

/** A customer page token in the path: opaque, URL-safe. */
export const CustomerTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/) });

/** `POST /customer/{token}/associations/{id}/revoke` path. */
export const CustomerRevokeParamsSchema = CustomerTokenParamsSchema.extend({ id: z.uuid() });

/** `POST /customer/{token}/associations/{id}/revoke`: why the customer ends it. */
export const CustomerRevokeRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(Limits.maxCommentLength) });
export type CustomerRevokeRequest = z.infer<typeof CustomerRevokeRequestSchema>;

/** `POST /customer`: ask for a fresh link to the customer page. */
export const CustomerLinkRequestSchema = z.strictObject({ email: z.email().max(320) });
export type CustomerLinkRequest = z.infer<typeof CustomerLinkRequestSchema>;

/** The answer to a link request, the same whatever the address. */
export const CustomerLinkRequestAcceptedSchema = z.object({ message: z.string() });

/** `GET /customer/{token}`: who holds what for this tenant, and who read its usage. */
export const CustomerPageSchema = z
  .object({
    tenant: z.object({ tenantId: z.string(), name: z.string().nullable() }),
    locale: z.enum(['en', 'nl']),
    expiresAt: z.iso.datetime(),
    associations: z.array(
      z.object({
        id: z.uuid(),
        partnerName: z.string(),
        program: ProgramCodeSchema,
        productCode: z.string(),
        productName: z.string().nullable(),
        subscriptionId: z.string().nullable(),
        startedAt: z.iso.datetime(),
      }),
    ),
    accessLog: z
      .array(
        z.object({
          id: z.uuid(),
          at: z.iso.datetime(),
          organisationName: z.string(),
          channel: UsageAccessChannelSchema,
          keys: z.array(UsageAccessKeySchema.omit({ tenantId: true })),
        }),
      )
      .describe(`The partners' reads of this tenant's usage, newest first (at most ${Limits.customerPageAccessEntries})`),
  })
  .meta({ id: 'CustomerPage' });
export type CustomerPage = z.infer<typeof CustomerPageSchema>;

/** `GET /usage/growth` filters: which active associations, and the period whose last month with figures is "latest". */
export const UsageGrowthQuerySchema = z.object({
  ...UsageFilterShape,
  organisationId: z.uuid().optional().describe('Vendor staff: one partner organisation'),
});
export type UsageGrowthQuery = z.infer<typeof UsageGrowthQuerySchema>;

/**
 * One active association's active users in its start month against its latest month with figures
 * (within the period): the numbers a usage incentive is paid on. Null where a month has no figures.
 */
export const UsageGrowthSchema = z
  .object({
    associationId: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    program: ProgramCodeSchema,
    tenantId: z.string(),
    tenantName: z.string().nullable(),
    productCode: z.string(),
    subscriptionId: z.string().nullable(),
    startedAt: z.iso.datetime(),
    startMonth: UsageMonthSchema,
    startActiveUsers: z.number().int().nullable(),
    latestMonth: UsageMonthSchema.nullable(),
    latestActiveUsers: z.number().int().nullable(),
    change: z.number().int().nullable(),
    changePercent: z.number().nullable().describe('Rounded to one decimal; null when the start month had no active users'),
  })
  .meta({ id: 'UsageGrowth' });
export type UsageGrowth = z.infer<typeof UsageGrowthSchema>;

/** `GET /usage/growth` answer: the caller's active associations (vendor staff: all), by partner, tenant and product. */
export const UsageGrowthListSchema = z.object({ items: z.array(UsageGrowthSchema) });
export type UsageGrowthList = z.infer<typeof UsageGrowthListSchema>;

/** `GET /admin/usage-dashboard` filters: a period of whole months (required), a program, a partner. */
export const UsageDashboardQuerySchema = z
  .object({
    format: z.enum(['json', 'csv']).default('json').describe('csv: the growth per association'),
    from: UsageMonthSchema,
    to: UsageMonthSchema,
    program: ProgramCodeSchema.optional(),
    organisationId: z.uuid().optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The last month comes after the first.' });
export type UsageDashboardQuery = z.infer<typeof UsageDashboardQuerySchema>;

/** The vendor's program dashboard: active associations, active users under association by month, and growth per association. */
export const UsageDashboardSchema = z
  .object({
    associations: z.array(z.object({ program: ProgramCodeSchema, organisation: z.object({ id: z.uuid(), name: z.string() }), active: z.number().int() })),
    activeUsersByMonth: z
      .array(z.object({ month: UsageMonthSchema, activeUsers: z.number().int() }))
      .describe('Every month of the period: the active users of the rows an active association covers'),
    growth: z.array(UsageGrowthSchema),
  })
  .meta({ id: 'UsageDashboard' });
export type UsageDashboard = z.infer<typeof UsageDashboardSchema>;
