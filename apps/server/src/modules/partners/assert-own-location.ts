import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';

/** A claim names a location by ID; it must be one of the caller's organisation's (422 otherwise). */
export async function assertOwnLocation(db: Kysely<Database>, actor: Actor, locationId: string): Promise<void> {
  const own = await db.selectFrom('partner_locations').select('id').where('id', '=', locationId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!own) {
    throw new AppError(422, 'VALIDATION_FAILED', "The location is not one of your organisation's.", [
      { path: 'locationId', code: 'LOCATION_UNKNOWN', message: "Choose one of your organisation's locations." },
    ]);
  }
}
