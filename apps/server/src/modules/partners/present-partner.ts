import type { PartnerLocation, PartnerSummary } from '@associa/contracts';
import type { LocationRow, PartnerSummaryRow } from './partner-queries';

/** A partner organisation as the program admin's list shows it. */
export const presentPartnerSummary = (r: PartnerSummaryRow): PartnerSummary => ({
  id: r.id,
  name: r.name,
  country: r.country,
  status: r.status,
  locationCount: r.location_count,
  userCount: r.user_count,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** A location with its enrolments as the program admin manages it. */
export const presentPartnerLocation = (r: LocationRow): PartnerLocation => ({
  id: r.id,
  mpnId: r.mpn_id,
  name: r.name,
  country: r.country,
  enrolledPrograms: r.programs,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** How the audit log names a location. */
export const locationLabel = (name: string, mpnId: string) => `${name} (MPN ID ${mpnId})`;
