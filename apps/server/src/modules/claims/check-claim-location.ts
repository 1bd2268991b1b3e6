import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { LocationFacts } from './claim-facts';
import type { ProgramInfo } from './claim-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The location id the facts are read for: a well-formed id, or null (the schema reports a malformed one). */
export const locationIdToRead = (locationId: string | undefined | null): string | null => (locationId && UUID.test(locationId) ? locationId : null);

/**
 * The location must be the caller's organisation's (`location` is the caller's location of that
 * id, or null), and enrolled in every program the claim earns under.
 */
export function checkClaimLocation({
  locationId,
  location,
  programs,
  message,
}: {
  locationId: string | undefined | null;
  location: LocationFacts | null;
  programs: ProgramInfo[];
  message: (code: ReasonCode, extra?: string) => string;
}): ErrorDetail[] {
  if (!locationIdToRead(locationId)) return [];
  if (!location) return [{ path: 'locationId', code: 'LOCATION_UNKNOWN', message: "Choose one of your organisation's locations." }];
  return programs
    .filter((p) => p.isClaimable && !location.enrolled.includes(p.code))
    .map((p) => ({ path: 'locationId', code: 'LOCATION_NOT_ENROLLED', message: message('LOCATION_NOT_ENROLLED', `(MPN ID ${location.mpnId}, ${p.code})`) }));
}
