import type { ClaimDraftFields } from '@associa/contracts';
import type { BulkClaimRow } from './bulk-claim-rows';

/** A bulk row as a claim body (without its location, which the file names by MPN ID). */
export type BulkClaimInput = {
  mpnId: string | null;
  poeDocumentId: string | null;
  fields: ClaimDraftFields;
};

const list = (v: string | null | undefined) =>
  (v ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** An object of the given cells, or undefined when every one is empty (the checks then say REQUIRED). */
function group<K extends string>(entries: [K, string | null | undefined][]): Partial<Record<K, string>> | undefined {
  const present = entries.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return present.length ? (Object.fromEntries(present) as Partial<Record<K, string>>) : undefined;
}

/**
 * Maps one row's cells to the claim body the single-claim API takes, leaving out what the row
 * leaves empty, so the validation reports the same paths and codes as `POST /claims/validate`.
 * `products` is `CODE` or `CODE:SUBSCRIPTION_ID`, several separated by `;`.
 */
export function bulkRowToClaimInput(values: BulkClaimRow['values']): BulkClaimInput {
  const v = values;
  const fields: Record<string, unknown> = {};
  if (v.name) fields.name = v.name;
  const customer = group([
    ['domain', v.customer_domain],
    ['tenantId', v.tenant_id],
  ]);
  if (customer) fields.customer = customer;
  if (v.solution_area) fields.solutionArea = v.solution_area.toUpperCase();
  const activities = list(v.activities).map((a) => a.toUpperCase().replace(/[\s-]/g, '_'));
  if (activities.length) fields.activities = activities;
  if (v.program) fields.program = v.program.toUpperCase();
  const products = (v.products ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  if (products.length) {
    fields.lines = products.map((p) => {
      const [code = '', subscriptionId] = p.split(':').map((s) => s.trim());
      return subscriptionId ? { productCode: code.toUpperCase(), subscriptionId } : { productCode: code.toUpperCase() };
    });
  }
  const customerContact = group([
    ['name', v.customer_contact_name],
    ['title', v.customer_contact_title],
    ['email', v.customer_contact_email],
  ]);
  if (customerContact) fields.customerContact = customerContact;
  const technical = group([
    ['name', v.technical_contact_name],
    ['title', v.technical_contact_title],
    ['email', v.technical_contact_email],
  ]);
  if (technical) fields.customerTechnicalContact = technical;
  const partner = group([
    ['name', v.partner_contact_name],
    ['email', v.partner_contact_email],
  ]);
  if (partner) fields.partnerContact = partner;
  const revenue = group([
    ['sellerName', v.seller_name],
    ['customerName', v.customer_name],
    ['isvSolutionName', v.isv_solution_name],
  ]);
  if (revenue) fields.revenue = revenue;
  if (v.comments) fields.comments = v.comments;
  // The checks treat unknown enum values as problems; the cast only tells TypeScript the shape.
  return { mpnId: v.location_mpn_id ?? null, poeDocumentId: v.poe_document_id ?? null, fields: fields as ClaimDraftFields };
}
