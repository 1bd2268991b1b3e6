import type { Location } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { selectLocations } from './partner-queries';

/** The caller's organisation's locations with their program enrolments, by MPN ID. */
export async function listLocations({ db, actor }: { db: Db; actor: Actor }): Promise<Location[]> {
  const rows = await selectLocations(db).where('l.organisation_id', '=', actor.organisationId).orderBy('l.mpn_id').execute();
  return rows.map((r) => ({
    id: r.id,
    mpnId: r.mpn_id,
    name: r.name,
    country: r.country,
    enrolledPrograms: r.programs,
  }));
}
