import type { Location, ProgramCode } from '@associa/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';

/** The caller's organisation's locations with their program enrolments, by MPN ID. */
export async function listLocations({ db, actor }: { db: Db; actor: Actor }): Promise<Location[]> {
  const rows = await db
    .selectFrom('partner_locations as l')
    .leftJoin('location_enrolments as e', 'e.location_id', 'l.id')
    .select([
      'l.id',
      'l.mpn_id',
      'l.name',
      'l.country',
      sql<string[]>`coalesce(array_agg(e.program_code order by e.program_code) filter (where e.program_code is not null), '{}')`.as('programs'),
    ])
    .where('l.organisation_id', '=', actor.organisationId)
    .groupBy('l.id')
    .orderBy('l.mpn_id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    mpnId: r.mpn_id,
    name: r.name,
    country: r.country,
    enrolledPrograms: r.programs as ProgramCode[],
  }));
}
