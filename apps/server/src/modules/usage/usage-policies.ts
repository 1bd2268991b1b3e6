import { forbidden } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isPartnerStaff, isVendorStaff } from '../users/policies';
import type { UsageReader } from './usage-access';

/** Whose rule a usage read follows: vendor staff read all, partner staff through their associations; anyone else is refused. */
export function usageReaderFor(actor: Actor): UsageReader {
  if (isVendorStaff(actor)) return { kind: 'VENDOR' };
  if (isPartnerStaff(actor)) return { kind: 'PARTNER', organisationId: actor.organisationId };
  throw forbidden('Usage data is for partner staff and vendor staff.');
}

/** The access log: vendor staff all of it, a partner admin its own organisation's; null when the actor may not read it. */
export function accessLogScopeFor(actor: Actor): { organisationId: string | null } | null {
  if (isVendorStaff(actor)) return { organisationId: null };
  if (isPartnerStaff(actor) && actor.role === 'PARTNER_ADMIN') return { organisationId: actor.organisationId };
  return null;
}

/** The program dashboard (every partner's associations and growth) is the vendor's. */
export const canReadUsageDashboard = (actor: Actor) => isVendorStaff(actor);
