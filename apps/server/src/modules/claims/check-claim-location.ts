import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import type { ProgramInfo } from './claim-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The location must be the caller's organisation's, and enrolled in every program the claim earns under. */
export async function checkClaimLocation({
  db,
  actor,
  locationId,
  programs,
  message,
}: {
  db: Db;
  actor: Actor;
  locationId: string | undefined | null;
  programs: ProgramInfo[];
  message: (code: ReasonCode, extra?: string) => string;
}): Promise<ErrorDetail[]> {
  if (!locationId || !UUID.test(locationId)) return [];
  const location = await db
    .selectFrom('partner_locations')
    .select(['id', 'mpn_id'])
    .where('id', '=', locationId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!location) return [{ path: 'locationId', code: 'LOCATION_UNKNOWN', message: "Choose one of your organisation's locations." }];
  const claimable = programs.filter((p) => p.isClaimable).map((p) => p.code);
  if (!claimable.length) return [];
  const enrolled = await db.selectFrom('location_enrolments').select('program_code').where('location_id', '=', location.id).where('program_code', 'in', claimable).execute();
  return claimable
    .filter((code) => !enrolled.some((e) => e.program_code === code))
    .map((code) => ({ path: 'locationId', code: 'LOCATION_NOT_ENROLLED', message: message('LOCATION_NOT_ENROLLED', `(MPN ID ${location.mpn_id}, ${code})`) }));
}
