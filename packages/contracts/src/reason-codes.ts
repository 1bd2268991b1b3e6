import { z } from 'zod';

/**
 * Every reason a claim can be refused, asked about, rejected or ended for. The messages live in
 * the catalogue (seeded by migration) so they can be read through `GET /api/v1/catalog`.
 */
export const ReasonCodeSchema = z.enum([
  // Checks at entry (DESIGN.md section 3)
  'DOMAIN_TENANT_MISMATCH',
  'TENANT_UNKNOWN',
  'SUBSCRIPTION_NOT_IN_TENANT',
  'SUBSCRIPTION_INACTIVE',
  'SUBSCRIPTION_CSP',
  'SUBSCRIPTION_REQUIRED',
  'PRODUCT_NOT_IN_SOLUTION_AREA',
  'PROGRAM_EXCLUDED',
  'ALREADY_ASSOCIATED_WITH_YOU',
  'DUPLICATE_OPEN_CLAIM',
  'POE_MISSING',
  'LOCATION_NOT_ENROLLED',
  'CONTACT_DOMAIN_NOT_TENANT',
  // Information requests
  'CUSTOMER_SIGNATURE_MISSING',
  'DATES_MISSING_OR_OLD',
  'WORK_DESCRIPTION_MISSING',
  'PRODUCTS_MISSING',
  // Rejections
  'CUSTOMER_DECLINED',
  'INSUFFICIENT_POE',
  'PARTNER_REQUEST',
  'NO_PARTNER_RESPONSE',
  'POE_UNAVAILABLE',
  'LOST_CONFLICT',
  // Endings
  'WITHDRAWN',
  'SUPERSEDED',
  'SUBSCRIPTION_EXPIRED',
  'CUSTOMER_REVOKED',
  'PARTNER_DISASSOCIATED',
]);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/** Where in the lifecycle a reason code is used. */
export const ReasonCategorySchema = z.enum(['ENTRY_CHECK', 'INFORMATION_REQUEST', 'REJECTION', 'ENDING']);
export type ReasonCategory = z.infer<typeof ReasonCategorySchema>;
