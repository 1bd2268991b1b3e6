import { z } from 'zod';
import { ProgramCodeSchema, SubscriptionChannelSchema, SubscriptionStateSchema } from './enums';
import { Limits } from './limits';
import { PageQuerySchema, pageOf } from './pagination';

/** A partner location with its MPN ID and program enrolments. */
export const LocationSchema = z
  .object({
    id: z.uuid(),
    mpnId: z.string(),
    name: z.string(),
    country: z.string().length(2),
    enrolledPrograms: z.array(ProgramCodeSchema),
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof LocationSchema>;

/** `GET /locations` answer. */
export const ListLocationsResponseSchema = z.object({ items: z.array(LocationSchema) });
export type ListLocationsResponse = z.infer<typeof ListLocationsResponseSchema>;

/** A customer's subscription as the directory knows it. */
export const SubscriptionSchema = z
  .object({
    id: z.guid(),
    productCode: z.string(),
    channel: SubscriptionChannelSchema,
    state: SubscriptionStateSchema,
    startDate: z.iso.date(),
    endDate: z.iso.date().nullable(),
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** A customer tenant in a list. */
export const TenantSummarySchema = z
  .object({
    tenantId: z.guid(),
    name: z.string(),
    country: z.string().length(2),
    timeZone: z.string(),
    domains: z.array(z.string()),
  })
  .meta({ id: 'TenantSummary' });
export type TenantSummary = z.infer<typeof TenantSummarySchema>;

/** `GET /tenants/{id}` answer. */
export const TenantSchema = TenantSummarySchema.extend({
  subscriptions: z.array(SubscriptionSchema),
}).meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof TenantSchema>;

/** `GET /tenants` query. */
export const ListTenantsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(Limits.maxSearchLength).optional().describe('Part of the name or a domain, or a whole tenant ID'),
  country: z.string().length(2).toUpperCase().optional(),
});
export type ListTenantsQuery = z.infer<typeof ListTenantsQuerySchema>;

/** `GET /tenants` answer. */
export const ListTenantsResponseSchema = pageOf(TenantSummarySchema);
export type ListTenantsResponse = z.infer<typeof ListTenantsResponseSchema>;

/** `GET /tenants/{id}` path. */
export const TenantParamsSchema = z.object({ id: z.guid() });
