import type { ClaimDraftFields } from '@associa/contracts';
import type { Updateable } from 'kysely';
import type { ClaimsTable } from '../../db/schema';

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** Maps the draft fields present in a request to claim columns; absent fields are left alone. */
export function claimColumnsFrom(fields: ClaimDraftFields & { locationId?: string }): Updateable<ClaimsTable> {
  const set: Updateable<ClaimsTable> = {};
  if (fields.locationId !== undefined) set.location_id = fields.locationId;
  if (fields.name !== undefined) set.name = fields.name?.trim() || null;
  if (fields.customer !== undefined) {
    set.customer_domain = fields.customer?.domain?.trim().toLowerCase() || null;
    set.customer_tenant_id = fields.customer?.tenantId?.trim().toLowerCase() || null;
  }
  if (fields.solutionArea !== undefined) set.solution_area = fields.solutionArea;
  if (fields.activities !== undefined) set.activities = fields.activities ?? [];
  if (fields.program !== undefined) set.requested_program = fields.program;
  if (fields.customerContact !== undefined) set.customer_contact = json(fields.customerContact);
  if (fields.customerTechnicalContact !== undefined) set.customer_technical_contact = json(fields.customerTechnicalContact);
  if (fields.partnerContact !== undefined) set.partner_contact = json(fields.partnerContact);
  if (fields.revenue !== undefined) set.revenue = json(fields.revenue);
  if (fields.comments !== undefined) set.comments = fields.comments?.trim() || null;
  return set;
}

/** The names of the fields a request changed, for the DRAFT_SAVED history entry. */
export const changedFieldNames = (fields: object) => Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined).sort();
