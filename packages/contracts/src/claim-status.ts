import { z } from 'zod';

/** Where a claim is in its lifecycle (DESIGN.md section 4). */
export const ClaimStatusSchema = z.enum([
  'DRAFT',
  'UNDER_REVIEW',
  'ACTION_REQUIRED',
  'CUSTOMER_CONSENT',
  'ACTIVE',
  'DECLINED',
  'REJECTED',
  'DISPUTED',
  'WITHDRAWN',
  'ENDED',
]);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** Statuses in which a claim still targets its keys (the partner may withdraw from these). */
export const OPEN_CLAIM_STATUSES = ['UNDER_REVIEW', 'ACTION_REQUIRED', 'CUSTOMER_CONSENT', 'DISPUTED'] as const satisfies readonly ClaimStatus[];

/** What a caller may do with one claim; presenters compute it so the UI never re-derives it. */
export const ClaimActionSchema = z.enum([
  'edit',
  'delete',
  'validate',
  'submit',
  'uploadDocument',
  'deleteDocument',
  'comment',
  'withdraw',
  'respond',
  'dispute',
  'requestInfo',
  'approve',
  'reject',
  'decideDispute',
  'assign',
]);
export type ClaimAction = z.infer<typeof ClaimActionSchema>;
