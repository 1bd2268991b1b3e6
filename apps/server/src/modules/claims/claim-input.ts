import type { ClaimDraftFields } from '@associa/contracts';
import type { Db } from '../../db/client';

/** A claim's fields as the checks see them: a request body or a stored draft, possibly incomplete. */
export type ClaimInput = ClaimDraftFields & { locationId?: string | null };

/** Drops nulls (a cleared draft field) so the complete-claim schema reports them as missing. */
export function withoutNulls(input: ClaimInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

/** Reads a stored claim back into the same shape a request body has. */
export async function loadClaimInput(db: Db, claimId: string): Promise<ClaimInput> {
  const c = await db.selectFrom('claims').selectAll().where('id', '=', claimId).executeTakeFirstOrThrow();
  const lines = await db.selectFrom('claim_lines').select(['product_code', 'subscription_id', 'subscription_chosen']).where('claim_id', '=', claimId).orderBy('position').execute();
  const customer = c.customer_domain !== null || c.customer_tenant_id !== null
    ? { ...(c.customer_domain !== null ? { domain: c.customer_domain } : {}), ...(c.customer_tenant_id !== null ? { tenantId: c.customer_tenant_id } : {}) }
    : null;
  return {
    locationId: c.location_id,
    name: c.name,
    customer,
    solutionArea: c.solution_area as ClaimInput['solutionArea'],
    activities: c.activities.length ? (c.activities as NonNullable<ClaimInput['activities']>) : null,
    program: c.requested_program as ClaimInput['program'],
    // A subscription the system picked is not the partner's input: it is picked again on submit.
    lines: lines.length
      ? lines.map((l) => ({ productCode: l.product_code, ...(l.subscription_id && l.subscription_chosen !== 'AUTOMATIC' ? { subscriptionId: l.subscription_id } : {}) }))
      : null,
    customerContact: c.customer_contact as ClaimInput['customerContact'],
    customerTechnicalContact: c.customer_technical_contact as ClaimInput['customerTechnicalContact'],
    partnerContact: c.partner_contact as ClaimInput['partnerContact'],
    revenue: c.revenue as ClaimInput['revenue'],
    comments: c.comments,
  };
}
