import type { ClaimAction, ClaimStatus } from '@associa/contracts';
import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { isPartnerStaff, isSuspendedPartner, isVendorStaff } from '../users/policies';
import type { Actor } from '../users/actor';

/** The claim fields the policies look at. */
export type ClaimAccess = {
  organisationId: string;
  status: ClaimStatus;
  rejectedBy?: string | null;
  disputeCount?: number;
  disputeDueAt?: Date | null;
};

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

/** A rejection may be disputed once, until its dispute window closes. */
export const canStillDispute = (claim: ClaimAccess, now: Date) =>
  claim.status === 'REJECTED' && (claim.disputeCount ?? 0) === 0 && !!claim.disputeDueAt && now.getTime() <= claim.disputeDueAt.getTime();

/** Whether the owning admin may add documents now: to a draft, a response, or a dispute. */
export const canAddDocuments = (claim: ClaimAccess, now: Date) =>
  claim.status === 'DRAFT' || claim.status === 'ACTION_REQUIRED' || canStillDispute(claim, now);

/** What a suspended partner may no longer do to its claims; reading, comments, withdrawing and deleting a draft stay. */
export const BLOCKED_WHILE_SUSPENDED: readonly ClaimAction[] = ['edit', 'submit', 'uploadDocument', 'deleteDocument', 'respond', 'dispute'];

const REVIEWABLE: readonly ClaimStatus[] = ['UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED'];

/** Everything the caller may do with this claim now, for the UI's buttons. */
export function claimActionsFor(actor: Actor, claim: ClaimAccess, now: Date = new Date()): ClaimAction[] {
  if (!canReadClaim(actor, claim)) return [];
  const actions: ClaimAction[] = [];
  if (isOwningAdmin(actor, claim)) {
    if (claim.status === 'DRAFT') actions.push('edit', 'delete', 'validate', 'submit', 'uploadDocument', 'deleteDocument');
    if (claim.status === 'ACTION_REQUIRED') actions.push('respond', 'uploadDocument', 'deleteDocument');
    if (canStillDispute(claim, now)) actions.push('dispute', 'uploadDocument', 'deleteDocument');
    actions.push('comment');
    if ((OPEN_CLAIM_STATUSES as readonly ClaimStatus[]).includes(claim.status)) actions.push('withdraw');
  }
  if (isVendorStaff(actor)) {
    actions.push('comment');
    if (claim.status === 'UNDER_REVIEW') actions.push('requestInfo', 'approve', 'reject');
    if (claim.status === 'ACTION_REQUIRED') actions.push('reject');
    if (claim.status === 'DISPUTED' && claim.rejectedBy !== actor.userId) actions.push('decideDispute');
    if (REVIEWABLE.includes(claim.status)) actions.push('assign');
  }
  return isSuspendedPartner(actor) ? actions.filter((a) => !BLOCKED_WHILE_SUSPENDED.includes(a)) : actions;
}
