import type { Partner } from '@associa/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { selectLocations, selectPartnerSummaries } from './partner-queries';
import { presentPartnerLocation, presentPartnerSummary } from './present-partner';

/** The partner page: the organisation, its locations with their enrolments, and its people (404 for the vendor). */
export async function getPartner({ db, partnerId }: { db: Kysely<Database>; partnerId: string }): Promise<Partner> {
  const partner = await selectPartnerSummaries(db).where('o.id', '=', partnerId).executeTakeFirst();
  if (!partner) throw notFound('The partner');
  const locations = await selectLocations(db).where('l.organisation_id', '=', partnerId).orderBy('l.mpn_id').execute();
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'disabled_at'])
    .where('organisation_id', '=', partnerId)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
  return {
    ...presentPartnerSummary(partner),
    locations: locations.map(presentPartnerLocation),
    users: users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, active: u.disabled_at === null })),
  };
}
