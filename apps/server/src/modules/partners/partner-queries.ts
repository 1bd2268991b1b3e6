import type { PartnerStatus, ProgramCode } from '@associa/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';

/** Partner organisations with their location and active-user counts, for the list and the partner page. */
export const selectPartnerSummaries = (db: Kysely<Database>) =>
  db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.name',
      'o.country',
      'o.status',
      'o.created_at',
      'o.updated_at',
      sql<string>`lower(o.name)`.as('sort_name'),
      sql<number>`(select count(*) from partner_locations l where l.organisation_id = o.id)`.as('location_count'),
      sql<number>`(select count(*) from users u where u.organisation_id = o.id and u.disabled_at is null)`.as('user_count'),
    ])
    .where('o.kind', '=', 'PARTNER');

/** A row of `selectPartnerSummaries`. */
export type PartnerSummaryRow = {
  id: string;
  name: string;
  country: string | null;
  status: PartnerStatus;
  created_at: Date;
  updated_at: Date;
  location_count: number;
  user_count: number;
};

/** Partner locations with the programs each is enrolled in, sorted; for partners and program admins alike. */
export const selectLocations = (db: Kysely<Database>) =>
  db
    .selectFrom('partner_locations as l')
    .select([
      'l.id',
      'l.organisation_id',
      'l.mpn_id',
      'l.name',
      'l.country',
      'l.created_at',
      'l.updated_at',
      sql<ProgramCode[]>`array(select e.program_code from location_enrolments e where e.location_id = l.id order by e.program_code)`.as('programs'),
    ]);

/** A row of `selectLocations`. */
export type LocationRow = { id: string; mpn_id: string; name: string; country: string; created_at: Date; updated_at: Date; programs: ProgramCode[] };

/** Locks a partner organisation for a change to it or its locations; 404 for unknown ids and the vendor. */
export async function lockPartner(trx: Kysely<Database>, partnerId: string) {
  const partner = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'country', 'status'])
    .where('id', '=', partnerId)
    .where('kind', '=', 'PARTNER')
    .forUpdate()
    .executeTakeFirst();
  if (!partner) throw notFound('The partner');
  return partner;
}
