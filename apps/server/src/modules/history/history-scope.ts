import { isPartnerStaff, isVendorStaff } from '../users/policies';
import type { Actor } from '../users/actor';

/** Whose claims' history an export holds: every claim (the operator's CLI), the vendor's view, or one partner's. */
export type HistoryScope = { kind: 'ALL' } | { kind: 'VENDOR' } | { kind: 'ORGANISATION'; organisationId: string };

/**
 * The history export follows the claims' read rule: a partner's staff its own organisation's
 * claims, vendor staff every submitted claim (never a partner's unsubmitted draft); anyone else none.
 */
export function historyScopeFor(actor: Actor): HistoryScope | null {
  if (isPartnerStaff(actor)) return { kind: 'ORGANISATION', organisationId: actor.organisationId };
  if (isVendorStaff(actor)) return { kind: 'VENDOR' };
  return null;
}
