import type { ClaimAction, ClaimStatus } from '@associa/contracts';
import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { isPartnerStaff, isVendorStaff } from '../users/policies';
import type { Actor } from '../users/actor';

/** The claim fields the policies look at. */
export type ClaimAccess = { organisationId: string; status: ClaimStatus };

/**
 * Partner staff see their own organisation's claims; vendor staff see every submitted claim, never
 * a partner's unsubmitted draft. Everyone else: the claim does not exist for them.
 */
export function canReadClaim(actor: Actor, claim: ClaimAccess): boolean {
  if (isPartnerStaff(actor)) return actor.organisationId === claim.organisationId;
  if (isVendorStaff(actor)) return claim.status !== 'DRAFT';
  return false;
}

/** Only the owning organisation's incentives administrator writes a claim. */
export const isOwningAdmin = (actor: Actor, claim: ClaimAccess) => actor.role === 'PARTNER_ADMIN' && actor.organisationId === claim.organisationId;

/** Everything the caller may do with this claim now, for the UI's buttons. */
export function claimActionsFor(actor: Actor, claim: ClaimAccess): ClaimAction[] {
  if (!canReadClaim(actor, claim)) return [];
  const actions: ClaimAction[] = [];
  const admin = isOwningAdmin(actor, claim);
  if (admin && claim.status === 'DRAFT') actions.push('edit', 'delete', 'validate', 'submit', 'uploadDocument', 'deleteDocument');
  if (admin || (claim.status !== 'DRAFT' && isVendorStaff(actor))) actions.push('comment');
  if (admin && (OPEN_CLAIM_STATUSES as readonly ClaimStatus[]).includes(claim.status)) actions.push('withdraw');
  return actions;
}
