import type { ClaimStatus } from '@associa/contracts';

/** Every status a claim may move to from each status (DESIGN.md section 4); everything else is refused. */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  DRAFT: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTION_REQUIRED', 'CUSTOMER_CONSENT', 'REJECTED', 'WITHDRAWN'],
  ACTION_REQUIRED: ['UNDER_REVIEW', 'REJECTED', 'WITHDRAWN'],
  CUSTOMER_CONSENT: ['ACTIVE', 'DECLINED', 'REJECTED', 'WITHDRAWN'],
  ACTIVE: ['ENDED'],
  REJECTED: ['DISPUTED'],
  DISPUTED: ['REJECTED', 'CUSTOMER_CONSENT', 'WITHDRAWN'],
  DECLINED: [],
  WITHDRAWN: [],
  ENDED: [],
};

/** Whether the lifecycle allows moving from one status to another. */
export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}
