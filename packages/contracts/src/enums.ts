import { z } from 'zod';

/** Who a signed-in user is to the system; DESIGN.md section 1. */
export const RoleSchema = z.enum(['PARTNER_ADMIN', 'PARTNER_USER', 'REVIEWER', 'PROGRAM_ADMIN']);
export type Role = z.infer<typeof RoleSchema>;

/** The vendor runs the programs; partners file claims. */
export const OrganisationKindSchema = z.enum(['VENDOR', 'PARTNER']);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/** Solution areas are catalogue rows; this enum names the ones the rules know about. */
export const SolutionAreaSchema = z.enum(['MICROSOFT_365', 'BUSINESS_APPLICATIONS']);
export type SolutionArea = z.infer<typeof SolutionAreaSchema>;

/** What the partner did for the customer. */
export const ActivitySchema = z.enum(['PRE_SALES', 'USAGE', 'REVENUE']);
export type Activity = z.infer<typeof ActivitySchema>;

/** Programs a claim may earn under, plus the out-of-scope ones that are refused with a referral. */
export const ProgramCodeSchema = z.enum([
  'OSU_M365',
  'OSA_SELL',
  'OSU_BIZAPPS',
  'REVENUE_ASSOCIATION',
  'CSP',
  'MANAGED_RESELLER',
  'HOSTING',
  'SURFACE',
]);
export type ProgramCode = z.infer<typeof ProgramCodeSchema>;

/** What one association is exclusive on: a tenant's workload, or one subscription. */
export const ExclusivityUnitSchema = z.enum(['WORKLOAD', 'SUBSCRIPTION']);
export type ExclusivityUnit = z.infer<typeof ExclusivityUnitSchema>;

/** How a program settles two partners claiming the same key. */
export const ConflictRuleSchema = z.enum(['REVIEWER_DECIDES', 'FIRST_VALID_WINS']);
export type ConflictRule = z.infer<typeof ConflictRuleSchema>;

/** How the customer bought a subscription. */
export const SubscriptionChannelSchema = z.enum(['DIRECT', 'EA', 'CSP', 'MCA', 'OPEN']);
export type SubscriptionChannel = z.infer<typeof SubscriptionChannelSchema>;

/** Lifecycle state of a customer's subscription, as imported from the directory. */
export const SubscriptionStateSchema = z.enum(['ACTIVE', 'GRACE', 'SUSPENDED', 'EXPIRED']);
export type SubscriptionState = z.infer<typeof SubscriptionStateSchema>;

/** The user interface languages; English is the fallback. */
export const LocaleSchema = z.enum(['en', 'nl']);
export type Locale = z.infer<typeof LocaleSchema>;

/** Text shown to people in every supported language. */
export const LocalizedTextSchema = z.object({ en: z.string(), nl: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
